using WinkSensor.Simulation.Athletes;
using WinkSensor.Simulation.Body;
using WinkSensor.Simulation.Cohort;
using WinkSensor.Simulation.Motion;
using WinkSensor.Simulation.Numerics;
using WinkSensor.Simulation.Script;

namespace WinkSensor.Simulation.Scenarios;

/// <summary>
/// A simulated lifter for the guided cause test (`winksensor coach --simulate`): bodyweight sets in the usual
/// stance, then wide with the toes out 30°, then heels raised 2.5 cm, with a rest between sets. Where the wink starts
/// depends on what <see cref="WinkDependence"/> says: on the stance only (the wide stance gives the thighs room and
/// removes it), on heel height only (raised heels remove it, the wide stance does not), on neither (winks in every
/// set), or the lifter does not wink at all.
/// </summary>
public static class CauseTestLifter
{
    /// <summary>Standing between sets, s: long enough for the coach's next prompt and for a lifter to change stance.</summary>
    public const double RestBetweenSetsS = 12;

    /// <summary>Thigh angle from vertical at the bottom, deg (a little below parallel).</summary>
    public const double DepthDeg = 105;

    /// <summary>The three stances in the order of the protocol.</summary>
    public static IReadOnlyList<SquatStance> Stances { get; } = [SquatStance.Reference, SquatStance.WideToesOut, SquatStance.HeelsRaised];

    public static (SimulatedAthlete Athlete, SessionScript Script) Build(WinkDependence dependence, long seed, int repsPerSet = 5)
    {
        if (repsPerSet is < 1 or > 30) throw new ArgumentOutOfRangeException(nameof(repsPerSet), repsPerSet, "reps per set must be 1-30");
        var random = SimulationRandom.Derive(seed, "cause-test-lifter");
        var athlete = new SimulatedAthlete
        {
            Name = "cause-test " + dependence.ToString().ToLowerInvariant(),
            HeightM = 1.78,
            BodyMassKg = 80,
            RepDurationS = 3.0,
            RestBetweenRepsS = 1.0,
            WinkMagnitudeDeg = random.Uniform(12, 18),
            WinkRiseS = random.Uniform(0.25, 0.45),
        };
        var geometry = SkeletonGeometry.ForHeight(athlete.HeightM);
        double onsetFraction = random.Uniform(0.8, 0.88);
        double HipFlexion(SimulatedAthlete a, SquatStance stance, double thighDeg) =>
            new SquatPostureModel(a, geometry, stance, 0).At(thighDeg).HipFlexionDeg;
        double[] AtOnset(SimulatedAthlete a) => Stances.Select(s => HipFlexion(a, s, onsetFraction * DepthDeg)).ToArray();

        switch (dependence)
        {
            case WinkDependence.Always:
                athlete = athlete with { WinkHipFlexionDeg = Math.Round(AtOnset(athlete).Min(), 2) };
                break;
            case WinkDependence.Stance:
                // The wide stance raises the wink's hip angle by ≈ 1.3 × 17.5° ≈ 23°: out of reach at this depth.
                athlete = athlete with { StanceSensitivity = 1.3 };
                var stance = AtOnset(athlete);
                athlete = athlete with { WinkHipFlexionDeg = Math.Round(Math.Min(stance[0], stance[2]), 2) };
                break;
            case WinkDependence.HeelHeight:
                // Ankle-limited: raised heels let the shins lean further, so the hips flex less at the same depth.
                athlete = athlete with { AnkleSensitivity = 3.5 };
                var heel = AtOnset(athlete);
                double raisedBottom = HipFlexion(athlete, Stances[2], DepthDeg + 3);
                athlete = athlete with { WinkHipFlexionDeg = Math.Round(Math.Max(Math.Min(heel[0], heel[1]), raisedBottom + 5), 2) };
                break;
            default:
                athlete = athlete with { WinkHipFlexionDeg = double.PositiveInfinity };
                break;
        }

        var items = new List<SessionItem>();
        foreach (var stance in Stances)
        {
            if (items.Count > 0) items.Add(new StandStill(RestBetweenSetsS));
            items.Add(new SquatSet { Reps = repsPerSet, DepthDeg = DepthDeg, Stance = stance });
        }
        return (athlete, new SessionScript(items));
    }
}
