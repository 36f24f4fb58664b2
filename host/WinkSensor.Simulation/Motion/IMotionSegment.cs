using WinkSensor.Simulation.Body;

namespace WinkSensor.Simulation.Motion;

/// <summary>A stretch of the recording with one movement. Every segment starts and ends in the standing pose at rest.</summary>
public interface IMotionSegment
{
    double StartS { get; }
    double EndS { get; }
    ActivityKind Activity { get; }

    /// <summary>The pose at an absolute time, s (before sway is added), in world axes.</summary>
    BodyPose PoseAt(double timeS);
}
