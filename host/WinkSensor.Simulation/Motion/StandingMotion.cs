using WinkSensor.Simulation.Body;
using WinkSensor.Simulation.Numerics;

namespace WinkSensor.Simulation.Motion;

/// <summary>Standing upright at rest (calibration, rests, between reps); the timeline's sway is the only motion.</summary>
public sealed class StandingMotion(double startS, double endS, double originXM, double standingHipHeightM, ActivityKind activity)
    : IMotionSegment
{
    public double StartS => startS;
    public double EndS => endS;
    public ActivityKind Activity => activity;

    public BodyPose PoseAt(double timeS) => new()
    {
        HipCentre = new Vector3d(originXM, 0, standingHipHeightM),
        Activity = activity,
        Phase = TruthPhase.Standing,
    };
}
