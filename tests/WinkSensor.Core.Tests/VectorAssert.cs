using WinkSensor.Core.Numerics;

namespace WinkSensor.Core.Tests;

/// <summary>Assertions on vectors, axis by axis.</summary>
internal static class VectorAssert
{
    /// <summary>Each axis of <paramref name="actual"/> within <paramref name="tolerance"/> of <paramref name="expected"/>'s.</summary>
    public static void Near(Vector3 expected, Vector3 actual, float tolerance)
    {
        Assert.InRange(actual.X, expected.X - tolerance, expected.X + tolerance);
        Assert.InRange(actual.Y, expected.Y - tolerance, expected.Y + tolerance);
        Assert.InRange(actual.Z, expected.Z - tolerance, expected.Z + tolerance);
    }
}
