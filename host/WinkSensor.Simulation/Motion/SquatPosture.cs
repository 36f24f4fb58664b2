namespace WinkSensor.Simulation.Motion;

/// <summary>
/// Sagittal squat posture for one thigh angle, before any wink. Angles in deg relative to standing.
/// Hip flexion = thigh angle + anterior pelvic tilt.
/// </summary>
public readonly record struct SquatPosture(
    double ThighDeg,
    double ShankDeg,
    double HipForwardM,
    double HipDropM,
    double TrunkLeanDeg,
    double NormalFlexionDeg)
{
    /// <summary>Anterior pelvic tilt, deg: the trunk lean less the part taken up by lumbar flexion.</summary>
    public double PelvisTiltDeg => TrunkLeanDeg - NormalFlexionDeg;

    public double HipFlexionDeg => ThighDeg + PelvisTiltDeg;
}
