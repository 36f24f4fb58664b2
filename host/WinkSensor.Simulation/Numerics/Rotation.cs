namespace WinkSensor.Simulation.Numerics;

/// <summary>
/// A 3×3 rotation matrix, row-major. Used as "frame to world": multiplying a vector given in the frame's axes
/// yields the same vector in world axes; its transpose maps world to frame.
/// </summary>
public readonly record struct Rotation(
    double M11, double M12, double M13,
    double M21, double M22, double M23,
    double M31, double M32, double M33)
{
    public static Rotation Identity => new(1, 0, 0, 0, 1, 0, 0, 0, 1);

    /// <summary>Right-handed rotation about the x axis by <paramref name="angleRad"/>.</summary>
    public static Rotation AboutX(double angleRad)
    {
        double c = Math.Cos(angleRad), s = Math.Sin(angleRad);
        return new(1, 0, 0, 0, c, -s, 0, s, c);
    }

    /// <summary>Right-handed rotation about the y axis; with x forward, y left, z up a positive angle pitches forward.</summary>
    public static Rotation AboutY(double angleRad)
    {
        double c = Math.Cos(angleRad), s = Math.Sin(angleRad);
        return new(c, 0, s, 0, 1, 0, -s, 0, c);
    }

    public static Rotation AboutZ(double angleRad)
    {
        double c = Math.Cos(angleRad), s = Math.Sin(angleRad);
        return new(c, -s, 0, s, c, 0, 0, 0, 1);
    }

    /// <summary>Matrix whose columns are the given axes (each expressed in the outer frame).</summary>
    public static Rotation FromColumns(Vector3d x, Vector3d y, Vector3d z) =>
        new(x.X, y.X, z.X, x.Y, y.Y, z.Y, x.Z, y.Z, z.Z);

    public Vector3d ColumnX => new(M11, M21, M31);
    public Vector3d ColumnY => new(M12, M22, M32);
    public Vector3d ColumnZ => new(M13, M23, M33);

    public Rotation Transpose() => new(M11, M21, M31, M12, M22, M32, M13, M23, M33);

    public static Vector3d operator *(Rotation r, Vector3d v) => new(
        r.M11 * v.X + r.M12 * v.Y + r.M13 * v.Z,
        r.M21 * v.X + r.M22 * v.Y + r.M23 * v.Z,
        r.M31 * v.X + r.M32 * v.Y + r.M33 * v.Z);

    public static Rotation operator *(Rotation a, Rotation b) => new(
        a.M11 * b.M11 + a.M12 * b.M21 + a.M13 * b.M31,
        a.M11 * b.M12 + a.M12 * b.M22 + a.M13 * b.M32,
        a.M11 * b.M13 + a.M12 * b.M23 + a.M13 * b.M33,
        a.M21 * b.M11 + a.M22 * b.M21 + a.M23 * b.M31,
        a.M21 * b.M12 + a.M22 * b.M22 + a.M23 * b.M32,
        a.M21 * b.M13 + a.M22 * b.M23 + a.M23 * b.M33,
        a.M31 * b.M11 + a.M32 * b.M21 + a.M33 * b.M31,
        a.M31 * b.M12 + a.M32 * b.M22 + a.M33 * b.M32,
        a.M31 * b.M13 + a.M32 * b.M23 + a.M33 * b.M33);

    /// <summary>Rotation by |v| radians about v (Rodrigues).</summary>
    public static Rotation FromRotationVector(Vector3d v)
    {
        double angle = v.Length;
        if (angle < 1e-12)
            return new(1, -v.Z, v.Y, v.Z, 1, -v.X, -v.Y, v.X, 1);
        Vector3d k = v / angle;
        double c = Math.Cos(angle), s = Math.Sin(angle), t = 1 - c;
        return new(
            t * k.X * k.X + c, t * k.X * k.Y - s * k.Z, t * k.X * k.Z + s * k.Y,
            t * k.X * k.Y + s * k.Z, t * k.Y * k.Y + c, t * k.Y * k.Z - s * k.X,
            t * k.X * k.Z - s * k.Y, t * k.Y * k.Z + s * k.X, t * k.Z * k.Z + c);
    }

    /// <summary>The rotation vector (axis × angle, rad) of this rotation; angles below π.</summary>
    public Vector3d ToRotationVector()
    {
        double cosine = Math.Clamp((M11 + M22 + M33 - 1) * 0.5, -1, 1);
        double angle = Math.Acos(cosine);
        var skew = new Vector3d(M32 - M23, M13 - M31, M21 - M12);
        if (angle < 1e-9)
            return skew * 0.5;
        return skew * (angle / (2 * Math.Sin(angle)));
    }

    /// <summary>Geodesic interpolation from <paramref name="from"/> (fraction 0) to <paramref name="to"/> (fraction 1).</summary>
    public static Rotation Interpolate(Rotation from, Rotation to, double fraction)
    {
        Vector3d delta = (to * from.Transpose()).ToRotationVector();
        return FromRotationVector(delta * fraction) * from;
    }

    /// <summary>Re-orthonormalises (Gram-Schmidt on columns) to stop rounding from accumulating.</summary>
    public Rotation Orthonormalized()
    {
        Vector3d x = ColumnX.Normalized();
        Vector3d y = (ColumnY - x * Vector3d.Dot(x, ColumnY)).Normalized();
        return FromColumns(x, y, Vector3d.Cross(x, y));
    }
}
