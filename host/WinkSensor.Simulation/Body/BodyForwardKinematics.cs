using WinkSensor.Simulation.Numerics;

namespace WinkSensor.Simulation.Body;

/// <summary>
/// Forward kinematics from a <see cref="BodyPose"/> to the two sensor sites. The pelvis rotates about the hip joint
/// centre; the lumbar spine bends with uniform curvature between the pelvis and the thorax, so the T12/L1 site is
/// found along the chord of that arc; the thoracolumbar sensor rides on the thorax.
/// </summary>
public static class BodyForwardKinematics
{
    private const double DegToRad = Math.PI / 180;

    public static Rotation SegmentRotation(double pitchDeg, double rollDeg, double yawDeg) =>
        Rotation.AboutZ(yawDeg * DegToRad) * Rotation.AboutX(rollDeg * DegToRad) * Rotation.AboutY(pitchDeg * DegToRad);

    public static BoneFrame Sacrum(in BodyPose pose, SkeletonGeometry geometry)
    {
        Rotation pelvis = SegmentRotation(pose.PelvisPitchDeg, pose.PelvisRollDeg, pose.PelvisYawDeg);
        return new BoneFrame(pose.HipCentre + pelvis * geometry.HipToSacrumSkinM, pelvis);
    }

    public static BoneFrame Thoracolumbar(in BodyPose pose, SkeletonGeometry geometry)
    {
        Rotation pelvis = SegmentRotation(pose.PelvisPitchDeg, pose.PelvisRollDeg, pose.PelvisYawDeg);
        Rotation thorax = SegmentRotation(pose.ThoraxPitchDeg, pose.ThoraxRollDeg, pose.ThoraxYawDeg);
        Rotation chordDirection = SegmentRotation(
            0.5 * (pose.PelvisPitchDeg + pose.ThoraxPitchDeg),
            0.5 * (pose.PelvisRollDeg + pose.ThoraxRollDeg),
            0.5 * (pose.PelvisYawDeg + pose.ThoraxYawDeg));
        double halfBendRad = 0.5 * (pose.ThoraxPitchDeg - pose.PelvisPitchDeg) * DegToRad;
        double chordLength = geometry.LumbarLengthM * (Math.Abs(halfBendRad) < 1e-9 ? 1 : Math.Sin(halfBendRad) / halfBendRad);
        Vector3d lumbosacral = pose.HipCentre + pelvis * geometry.HipToLumbosacralM;
        Vector3d thoracolumbarBody = lumbosacral + chordDirection * new Vector3d(0, 0, chordLength);
        return new BoneFrame(thoracolumbarBody + thorax * geometry.ThoracolumbarBodyToSkinM, thorax);
    }
}
