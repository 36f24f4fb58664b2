using WinkSensor.Simulation.Numerics;

namespace WinkSensor.Simulation.Body;

/// <summary>
/// The body at one instant: where the hip joint centre is and how the pelvis and the thoracolumbar (thorax) segment
/// are oriented, plus the ground truth that goes with it. World axes: x forward (anterior), y left, z up; origin on the
/// floor below the ankles at the start. Segment angles are relative to the standing calibration pose: pitch positive
/// = tilting forward (anterior pelvic tilt, trunk lean); roll positive = right-handed about x; yaw about z.
/// </summary>
public struct BodyPose
{
    /// <summary>Hip joint centre (midpoint of both), m.</summary>
    public Vector3d HipCentre;
    public double PelvisPitchDeg;
    public double PelvisRollDeg;
    public double PelvisYawDeg;
    public double ThoraxPitchDeg;
    public double ThoraxRollDeg;
    public double ThoraxYawDeg;

    public ActivityKind Activity;
    public TruthPhase Phase;
    /// <summary>Rep number in the recording (1-based), 0 outside squat reps.</summary>
    public int Rep;
    /// <summary>True from wink onset until the posterior pelvic tilt of the wink stops rising.</summary>
    public bool WinkUnderWay;
    /// <summary>Part of the lumbar flexion caused by the wink, deg (0 when not winking).</summary>
    public double WinkFlexionDeg;

    /// <summary>Lumbar flexion truth: thoracolumbar sagittal angle − pelvis sagittal angle, deg; positive = rounding.</summary>
    public readonly double FlexionDeg => ThoraxPitchDeg - PelvisPitchDeg;
}
