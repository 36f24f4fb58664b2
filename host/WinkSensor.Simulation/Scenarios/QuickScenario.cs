using WinkSensor.Simulation.Athletes;
using WinkSensor.Simulation.Body;
using WinkSensor.Simulation.Motion;
using WinkSensor.Simulation.Numerics;
using WinkSensor.Simulation.Script;

namespace WinkSensor.Simulation.Scenarios;

/// <summary>A one-athlete session described by a few knobs (what `winksensor simulate` exposes).</summary>
public sealed record QuickScenario
{
    public int Reps { get; init; } = 5;
    public WinkMode Wink { get; init; } = WinkMode.On;
    public ActivityMode Activity { get; init; } = ActivityMode.Squat;
    public Sex Sex { get; init; } = Sex.Male;
    public double LoadKg { get; init; }
    /// <summary>Rep duration, s (null = 2.6 s for non-winkers, 3.3 s for winkers: the published medians).</summary>
    public double? RepDurationS { get; init; }
    public double BottomPauseS { get; init; }
    /// <summary>Thigh angle from vertical at the bottom, deg.</summary>
    public double DepthDeg { get; init; } = 100;
    public SquatStance Stance { get; init; } = SquatStance.Reference;

    /// <summary>Builds the athlete (wink threshold placed for the requested wink mode) and the session script.</summary>
    public (SimulatedAthlete Athlete, SessionScript Script) Build(long seed)
    {
        var random = SimulationRandom.Derive(seed, "quick-scenario");
        bool winker = Wink != WinkMode.Off;
        var athlete = new SimulatedAthlete
        {
            Name = winker ? "winker" : "non-winker",
            Sex = Sex,
            HeightM = Sex == Sex.Male ? 1.78 : 1.65,
            BodyMassKg = Sex == Sex.Male ? 80 : 62,
            RepDurationS = RepDurationS ?? (winker ? 3.3 : 2.6),
            BottomPauseS = BottomPauseS,
            WinkMagnitudeDeg = random.Uniform(12, 20),
            WinkRiseS = random.Uniform(0.25, 0.5),
        };
        if (winker)
        {
            var posture = new SquatPostureModel(athlete, SkeletonGeometry.ForHeight(athlete.HeightM), Stance, LoadKg);
            double onsetFraction = random.Uniform(0.8, 0.92);
            athlete = athlete with { WinkHipFlexionDeg = Math.Round(posture.At(onsetFraction * DepthDeg).HipFlexionDeg, 2) };
        }

        var set = new SquatSet
        {
            Reps = Reps,
            LoadKg = LoadKg,
            DepthDeg = DepthDeg,
            Stance = Stance,
            DepthPerRepDeg = Wink == WinkMode.Mixed ? [DepthDeg, DepthDeg - 30] : null,
        };
        SessionItem[] items = Activity switch
        {
            ActivityMode.Squat => [set],
            ActivityMode.Walk => [new Walk(15)],
            ActivityMode.Stoop => [new StoopPickUp(3)],
            ActivityMode.Sit => [new SitToStand(2)],
            _ => [set, new StandStill(3), new Walk(10), new StandStill(2), new StoopPickUp(2), new StandStill(2), new SitToStand(1)],
        };
        return (athlete, new SessionScript(items));
    }

    public string? Validate()
    {
        if (!(Reps is >= 1 and <= 100)) return $"rep count {Reps} is outside 1-100";
        if (!(DepthDeg is >= 40 and <= 130)) return $"depth {DepthDeg}° is outside 40-130°";
        if (Wink == WinkMode.Mixed && DepthDeg - 30 < 40) return "mixed winks need a depth of at least 70° (shallow reps are 30° less)";
        return null;
    }
}
