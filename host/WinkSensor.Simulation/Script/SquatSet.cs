namespace WinkSensor.Simulation.Script;

/// <summary>
/// A set of squat reps. Unset tempo fields take the athlete's habits. Depth is the thigh angle from vertical at the
/// bottom, deg (90 = thigh horizontal in its own plane; 100 ≈ hip crease just below the knee, "parallel"; 75 = half squat).
/// </summary>
public sealed record SquatSet : SessionItem
{
    public int Reps { get; init; } = 5;
    /// <summary>Barbell load on the upper back, kg (0 = bodyweight squat).</summary>
    public double LoadKg { get; init; }
    /// <summary>Rep duration, descent plus ascent (a bottom pause comes on top), s.</summary>
    public double? RepDurationS { get; init; }
    public double? BottomPauseS { get; init; }
    public double? RestBetweenRepsS { get; init; }
    public double DepthDeg { get; init; } = 100;
    /// <summary>Optional per-rep depths, deg, overriding <see cref="DepthDeg"/> (cycled when shorter than the set).</summary>
    public IReadOnlyList<double>? DepthPerRepDeg { get; init; }
    public SquatStance Stance { get; init; } = SquatStance.Reference;
    /// <summary>Standing still after walking into position, before the first rep, s.</summary>
    public double SettleS { get; init; } = 1.5;
    /// <summary>Standing still after the last rep, s.</summary>
    public double FinishS { get; init; } = 1.5;

    public double DepthForRep(int repIndex) =>
        DepthPerRepDeg is { Count: > 0 } depths ? depths[repIndex % depths.Count] : DepthDeg;

    public override string? Validate()
    {
        if (!(Reps is >= 1 and <= 100)) return $"rep count {Reps} is outside 1-100";
        if (!(LoadKg is >= 0 and <= 400)) return $"load {LoadKg} kg is outside 0-400 kg";
        if (RepDurationS is { } d && !(d is >= 0.8 and <= 8)) return $"rep duration {d} s is outside 0.8-8 s";
        if (BottomPauseS is { } p && !(p is >= 0 and <= 5)) return $"bottom pause {p} s is outside 0-5 s";
        if (RestBetweenRepsS is { } r && !(r is >= 0 and <= 30)) return $"rest between reps {r} s is outside 0-30 s";
        foreach (double depth in DepthPerRepDeg ?? [DepthDeg])
            if (!(depth is >= 40 and <= 130)) return $"squat depth {depth}° (thigh angle from vertical) is outside 40-130°";
        if (!(SettleS is >= 0 and <= 60) || !(FinishS is >= 0 and <= 60)) return "settle and finish pauses must be 0-60 s";
        return Stance.Validate();
    }
}
