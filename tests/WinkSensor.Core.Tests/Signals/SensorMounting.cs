namespace WinkSensor.Core.Tests.Signals;

/// <summary>
/// How a test sensor sits on its segment while standing. Nominal: board flat on the back, x up the spine, y to the
/// wearer's left, z out of the back. Then rotated on the skin about its z axis, and the skin surface inclined
/// (the top of the sacrum faces up and back).
/// </summary>
public sealed record SensorMounting(double SkinRotationDegrees = 0, double SurfaceInclinationDegrees = 0, bool Flipped = false)
{
    public Axes AxesInSegment()
    {
        var axes = new Axes(Vec.Up, Vec.Left, -1 * Vec.Forward);
        axes = axes.RotatedAbout(axes.Z, SkinRotationDegrees);
        if (Flipped) axes = new Axes(axes.X, -1 * axes.Y, -1 * axes.Z); // board facing the skin
        return axes.RotatedAbout(Vec.Left, -SurfaceInclinationDegrees);
    }
}
