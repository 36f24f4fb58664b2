namespace WinkSensor.Simulation.Numerics;

/// <summary>A general 3×3 matrix (row-major), e.g. a sensor's scale and cross-axis sensitivity.</summary>
public readonly record struct Matrix3d(
    double M11, double M12, double M13,
    double M21, double M22, double M23,
    double M31, double M32, double M33)
{
    public static Matrix3d Identity => new(1, 0, 0, 0, 1, 0, 0, 0, 1);

    public static Vector3d operator *(Matrix3d m, Vector3d v) => new(
        m.M11 * v.X + m.M12 * v.Y + m.M13 * v.Z,
        m.M21 * v.X + m.M22 * v.Y + m.M23 * v.Z,
        m.M31 * v.X + m.M32 * v.Y + m.M33 * v.Z);
}
