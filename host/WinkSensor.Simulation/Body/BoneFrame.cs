using WinkSensor.Simulation.Numerics;

namespace WinkSensor.Simulation.Body;

/// <summary>Where a sensor site on the skin is (m, world) and how the segment under it is oriented (segment to world).</summary>
public readonly record struct BoneFrame(Vector3d PositionM, Rotation SegmentToWorld);
