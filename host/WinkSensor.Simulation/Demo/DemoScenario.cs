using WinkSensor.Simulation.Recording;
using WinkSensor.Simulation.Scenarios;
using WinkSensor.Simulation.Script;
using WinkSensor.Simulation.VirtualWearable;

namespace WinkSensor.Simulation.Demo;

/// <summary>
/// The demo's simulated session: one lifter, two sets of five reps separated by a rest longer than the set rule's
/// 20 s, deep reps (that wink) alternating with reps 30° shallower (that do not), and one radio outage covering a
/// winking rep of the second set, so the alarm and the rep happen while the host cannot hear the wearable.
/// </summary>
public sealed record DemoScenario(RecordingSimulator Simulator, LinkOutage Outage)
{
    public const int RepsPerSet = 5;
    public const double RestBetweenSetsS = 25;
    /// <summary>How long the wearable is out of range, simulated s.</summary>
    public const double OutageS = 4;

    public static DemoScenario Build(long seed)
    {
        var quick = new QuickScenario { Reps = RepsPerSet, Wink = WinkMode.Mixed };
        var (athlete, _) = quick.Build(seed);
        var set = new SquatSet { Reps = RepsPerSet, DepthDeg = quick.DepthDeg, DepthPerRepDeg = [quick.DepthDeg, quick.DepthDeg - 30] };
        var script = SessionScript.Of(set, new StandStill(RestBetweenSetsS), set);
        var simulator = new RecordingSimulator(athlete, script, new SimulationSettings { Seed = seed });
        var truth = simulator.Truth;
        int lastSet = truth.Reps.Max(r => r.Set);
        var covered = truth.Reps.FirstOrDefault(r => r.Set == lastSet && r.Winks)
            ?? truth.Reps[truth.Reps.Count / 2];
        return new DemoScenario(simulator, new LinkOutage(covered.StartS + 0.3, OutageS));
    }

    public double DurationS => Simulator.Truth.DurationS;
}
