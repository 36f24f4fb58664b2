using WinkSensor.Simulation.Athletes;
using WinkSensor.Simulation.Body;
using WinkSensor.Simulation.Motion;
using WinkSensor.Simulation.Numerics;
using WinkSensor.Simulation.Recording;
using WinkSensor.Simulation.Script;

namespace WinkSensor.Simulation.Cohort;

/// <summary>
/// Builds a varied cohort deterministically from a seed: men and women of different sizes, normal descent rounding,
/// ankle mobility and tempo (including fast, shallower 1.1-1.5 s reps and bottom pauses); winkers whose wink starts at 80-93 %
/// of their depth and depends on nothing, on stance, or on heel height; non-winkers. Each athlete squats
/// reference stance → wide stance toes out → heels raised, with other activities in between.
/// </summary>
public static class CohortBuilder
{
    private const double HeelRaiseCm = 2.5;

    public static IReadOnlyList<CohortMember> Build(long seed, CohortOptions? options = null)
    {
        options ??= new CohortOptions();
        if (options.Validate() is { } problem) throw new ArgumentException(problem);
        int winkers = (int)Math.Round(options.Athletes * options.WinkerFraction);
        var members = new List<CohortMember>(options.Athletes);
        for (int i = 0; i < options.Athletes; i++)
        {
            var random = SimulationRandom.Derive(seed, "cohort/athlete/" + i);
            WinkDependence dependence = i < winkers ? (WinkDependence)(1 + i % 3) : WinkDependence.NonWinker;
            members.Add(BuildMember(i, dependence, random, options, seed));
        }
        return members;
    }

    private static CohortMember BuildMember(int index, WinkDependence dependence, SimulationRandom random, CohortOptions options, long seed)
    {
        Sex sex = random.Chance(0.5) ? Sex.Male : Sex.Female;
        double height = sex == Sex.Male ? random.Gaussian(1.77, 0.07) : random.Gaussian(1.64, 0.06);
        height = Math.Clamp(height, 1.5, 2.0);
        double mass = Math.Round(random.Uniform(21, 28) * height * height, 1);
        bool winker = dependence != WinkDependence.NonWinker;
        double repS = random.Chance(0.1) ? random.Uniform(1.1, 1.5) : winker ? random.Uniform(2.4, 4.2) : random.Uniform(1.6, 3.4);
        var athlete = new SimulatedAthlete
        {
            Name = $"athlete-{index + 1:D3}",
            Sex = sex,
            HeightM = Math.Round(height, 3),
            BodyMassKg = mass,
            AnkleDorsiflexionDeg = random.Uniform(28, 42),
            DescentFlexionScale = random.Uniform(0.6, 1.3),
            TrunkLeanScale = random.Uniform(0.85, 1.15),
            RepDurationS = Math.Round(repS, 3),
            BottomPauseS = random.Chance(0.25) ? Math.Round(random.Uniform(0.5, 1.5), 3) : 0,
            RestBetweenRepsS = random.Uniform(0.5, 2.0),
            WinkMagnitudeDeg = random.Uniform(8, 20),
            WinkRiseS = random.Uniform(0.2, 0.6),
        };
        // Fast lifters (reps under 1.6 s) squat shallower, as they do in practice.
        double depth = athlete.RepDurationS < 1.6 ? random.Uniform(75, 90) : random.Uniform(95, 110);
        double load = Math.Round(athlete.BodyMassKg * random.Uniform(0.3, 0.6) / 2.5) * 2.5;
        SquatStance[] stances = [SquatStance.Reference, SquatStance.WideToesOut, new SquatStance { HeelRaiseCm = HeelRaiseCm }];

        var geometry = SkeletonGeometry.ForHeight(athlete.HeightM);
        double onsetFraction = random.Uniform(0.8, 0.93);
        double HipFlexion(SquatStance stance, double loadKg, double thighDeg, SimulatedAthlete a) =>
            new SquatPostureModel(a, geometry, stance, loadKg).At(thighDeg).HipFlexionDeg;
        // Hip flexion at the onset depth in each set (reference stance unloaded, then wide and heels raised loaded).
        double[] OnsetHipFlexion(SimulatedAthlete a) =>
        [
            HipFlexion(stances[0], 0, onsetFraction * depth, a),
            HipFlexion(stances[1], load, onsetFraction * depth, a),
            HipFlexion(stances[2], load, onsetFraction * depth, a),
        ];
        switch (dependence)
        {
            case WinkDependence.NonWinker:
                athlete = athlete with
                {
                    WinkHipFlexionDeg = random.Chance(0.5)
                        ? double.PositiveInfinity
                        : Math.Round(MaxBottomHipFlexion(athlete, geometry, depth + 5, load, stances) + random.Uniform(8, 20), 2),
                };
                break;
            case WinkDependence.Always:
                athlete = athlete with { WinkHipFlexionDeg = Math.Round(OnsetHipFlexion(athlete).Min(), 2) };
                break;
            case WinkDependence.Stance:
                athlete = athlete with { StanceSensitivity = random.Uniform(1.0, 1.5) };
                double[] stanceSets = OnsetHipFlexion(athlete);
                athlete = athlete with { WinkHipFlexionDeg = Math.Round(Math.Min(stanceSets[0], stanceSets[2]), 2) };
                break;
            case WinkDependence.HeelHeight:
                athlete = athlete with { AnkleSensitivity = random.Uniform(1.5, 2.5) };
                // Onset where hip flexion runs out flat-footed, but above what the heels-raised squat reaches.
                double[] heelSets = OnsetHipFlexion(athlete);
                double raisedBottom = HipFlexion(stances[2], load, depth + 5, athlete);
                athlete = athlete with { WinkHipFlexionDeg = Math.Round(Math.Max(Math.Min(heelSets[0], heelSets[1]), raisedBottom + 4), 2) };
                break;
        }

        var items = new List<SessionItem>();
        for (int set = 0; set < options.SetsPerAthlete; set++)
        {
            if (set > 0) items.Add(new StandStill(Math.Round(random.Uniform(6, 12), 2)));
            items.Add(new SquatSet
            {
                Reps = options.RepsPerSet,
                LoadKg = set == 0 ? 0 : load,
                DepthDeg = depth,
                Stance = stances[set % stances.Length],
            });
            if (options.IncludeOtherActivities)
            {
                items.Add(new StandStill(2));
                items.Add((set % 3) switch
                {
                    0 => new Walk(Math.Round(random.Uniform(6, 12), 2), Math.Round(random.Uniform(1.0, 1.5), 2)),
                    1 => new StoopPickUp(2),
                    _ => new SitToStand(1),
                });
            }
        }
        var settings = new SimulationSettings { Seed = (long)(SimulationRandom.Derive(seed, "cohort/seed/" + index).NextUInt64() >> 1) };
        return new CohortMember(index, athlete, dependence, new SessionScript(items), settings);
    }

    private static double MaxBottomHipFlexion(SimulatedAthlete athlete, SkeletonGeometry geometry, double thighDeg, double load, SquatStance[] stances) =>
        stances.Max(stance => Math.Max(
            new SquatPostureModel(athlete, geometry, stance, 0).At(thighDeg).HipFlexionDeg,
            new SquatPostureModel(athlete, geometry, stance, load).At(thighDeg).HipFlexionDeg));
}
