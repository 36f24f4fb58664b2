namespace WinkSensor.Core.Tests.Signals;

/// <summary>A 3-D vector in double precision for the test kinematics (world: x forward, y left, z up).</summary>
public readonly record struct Vec(double X, double Y, double Z)
{
    public static Vec operator +(Vec a, Vec b) => new(a.X + b.X, a.Y + b.Y, a.Z + b.Z);
    public static Vec operator -(Vec a, Vec b) => new(a.X - b.X, a.Y - b.Y, a.Z - b.Z);
    public static Vec operator *(double s, Vec a) => new(s * a.X, s * a.Y, s * a.Z);
    public static double Dot(Vec a, Vec b) => a.X * b.X + a.Y * b.Y + a.Z * b.Z;
    public static Vec Cross(Vec a, Vec b) => new(a.Y * b.Z - a.Z * b.Y, a.Z * b.X - a.X * b.Z, a.X * b.Y - a.Y * b.X);
    public double Length => Math.Sqrt(Dot(this, this));
    public static readonly Vec Forward = new(1, 0, 0);
    public static readonly Vec Left = new(0, 1, 0);
    public static readonly Vec Up = new(0, 0, 1);

    /// <summary>This vector rotated right-handedly about the unit axis by the angle (Rodrigues).</summary>
    public Vec RotatedAbout(Vec axis, double degrees)
    {
        double a = degrees * Math.PI / 180, c = Math.Cos(a), s = Math.Sin(a);
        return c * this + s * Cross(axis, this) + (1 - c) * Dot(axis, this) * axis;
    }
}

/// <summary>Orthonormal axes of a sensor expressed in another frame.</summary>
public readonly record struct Axes(Vec X, Vec Y, Vec Z)
{
    public Axes RotatedAbout(Vec axis, double degrees) =>
        new(X.RotatedAbout(axis, degrees), Y.RotatedAbout(axis, degrees), Z.RotatedAbout(axis, degrees));

    /// <summary>Components of a world vector along these axes.</summary>
    public Vec Express(Vec world) => new(Vec.Dot(world, X), Vec.Dot(world, Y), Vec.Dot(world, Z));
}
