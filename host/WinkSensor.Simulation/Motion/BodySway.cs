using WinkSensor.Simulation.Body;
using WinkSensor.Simulation.Numerics;

namespace WinkSensor.Simulation.Motion;

/// <summary>
/// Small, smooth postural sway added to every pose, including out of the sagittal plane: hip drift of a few mm,
/// pelvis and thorax roll/yaw of a few tenths of a degree, and breathing in the thorax pitch.
/// </summary>
public sealed class BodySway
{
    private readonly SmoothNoise _hipX, _hipY, _hipZ;
    private readonly SmoothNoise _pelvisPitch, _pelvisRoll, _pelvisYaw;
    private readonly SmoothNoise _breathing, _thoraxRoll, _thoraxYaw;

    public BodySway(SimulationRandom random, double scale = 1)
    {
        _hipX = new SmoothNoise(random, 0.003 * scale, 0.05, 0.4);
        _hipY = new SmoothNoise(random, 0.003 * scale, 0.05, 0.4);
        _hipZ = new SmoothNoise(random, 0.0005 * scale, 0.1, 0.4);
        _pelvisPitch = new SmoothNoise(random, 0.3 * scale, 0.05, 0.5);
        _pelvisRoll = new SmoothNoise(random, 0.3 * scale, 0.05, 0.5);
        _pelvisYaw = new SmoothNoise(random, 0.4 * scale, 0.05, 0.5);
        _breathing = new SmoothNoise(random, 0.25 * scale, 0.2, 0.35, 2);
        _thoraxRoll = new SmoothNoise(random, 0.3 * scale, 0.05, 0.5);
        _thoraxYaw = new SmoothNoise(random, 0.4 * scale, 0.05, 0.5);
    }

    public void AddTo(ref BodyPose pose, double t)
    {
        pose.HipCentre += new Vector3d(_hipX.At(t), _hipY.At(t), _hipZ.At(t));
        double pelvisPitch = _pelvisPitch.At(t);
        pose.PelvisPitchDeg += pelvisPitch;
        pose.PelvisRollDeg += _pelvisRoll.At(t);
        pose.PelvisYawDeg += _pelvisYaw.At(t);
        pose.ThoraxPitchDeg += pelvisPitch + _breathing.At(t);
        pose.ThoraxRollDeg += _thoraxRoll.At(t);
        pose.ThoraxYawDeg += _thoraxYaw.At(t);
    }
}
