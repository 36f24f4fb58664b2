namespace WinkSensor.Core.Tests.Signals;

/// <summary>
/// The body at one instant: sagittal forward tilts of the pelvis (sacrum) and the thoracolumbar segment against
/// standing (deg), pelvis height against standing (m), lateral sway of both segments (deg).
/// Lumbopelvic flexion (the truth) = trunk tilt - pelvis tilt.
/// </summary>
public readonly record struct BodyPose(double PelvisTiltDegrees, double TrunkTiltDegrees, double PelvisHeightMeters,
    double SwayDegrees = 0, double ForwardMeters = 0)
{
    public double FlexionDegrees => TrunkTiltDegrees - PelvisTiltDegrees;
}
