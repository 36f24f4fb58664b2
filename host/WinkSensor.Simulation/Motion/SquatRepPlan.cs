using WinkSensor.Simulation.Script;

namespace WinkSensor.Simulation.Motion;

/// <summary>The drawn parameters of one rep (after per-rep variation), times in s, angles in deg.</summary>
public sealed record SquatRepPlan
{
    public required int RepNumber { get; init; }
    public required int SetNumber { get; init; }
    public required int RepInSet { get; init; }
    public required double StartS { get; init; }
    public required double DescentS { get; init; }
    public required double BottomPauseS { get; init; }
    public required double AscentS { get; init; }
    /// <summary>Thigh angle from vertical at the bottom, deg.</summary>
    public required double BottomThighDeg { get; init; }
    /// <summary>Hip flexion where the wink starts in this rep, deg (+∞ = no wink possible).</summary>
    public required double WinkHipFlexionDeg { get; init; }
    public required double WinkMagnitudeDeg { get; init; }
    public required double WinkRiseS { get; init; }
    public required double LoadKg { get; init; }
    public required SquatStance Stance { get; init; }
    /// <summary>Hip forward position of the standing lifter in world axes, m.</summary>
    public required double OriginXM { get; init; }

    public double BottomS => StartS + DescentS;
    public double BottomEndS => BottomS + BottomPauseS;
    public double EndS => BottomEndS + AscentS;
}
