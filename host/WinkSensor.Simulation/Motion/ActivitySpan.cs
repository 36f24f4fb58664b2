using WinkSensor.Simulation.Body;

namespace WinkSensor.Simulation.Motion;

/// <summary>A stretch of the recording given to one scripted item: a squat set, a walk, a stoop, a sit-to-stand, a rest.</summary>
public sealed record ActivitySpan(ActivityKind Activity, double StartS, double EndS, int ItemIndex, int SetNumber);
