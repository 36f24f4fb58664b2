namespace WinkSensor.Host.Storage;

/// <summary>What the host may know about a rep beyond the device's rep record; null = not measured.</summary>
/// <param name="DepthCentimetres">How far the sacrum descended from standing to the bottom, cm.</param>
/// <param name="MeanConcentricVelocityMetresPerSecond">Mean upward velocity over the ascent, m/s.</param>
/// <param name="PeakConcentricVelocityMetresPerSecond">Largest upward velocity in the ascent, m/s.</param>
public sealed record RepKinematics(
    double? DepthCentimetres = null,
    double? MeanConcentricVelocityMetresPerSecond = null,
    double? PeakConcentricVelocityMetresPerSecond = null)
{
    public static RepKinematics Unknown { get; } = new();
}
