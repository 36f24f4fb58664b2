using WinkSensor.Simulation.Cohort;
using WinkSensor.Simulation.Recording;
using WinkSensor.Simulation.Scenarios;

namespace WinkSensor.Host.Tests.Simulation;

/// <summary>The cause-test lifters wink (in the simulator's ground truth) in exactly the sets their kind says.</summary>
public sealed class CauseTestLifterTests
{
    [Theory]
    [InlineData(WinkDependence.Stance, true, false, true)]
    [InlineData(WinkDependence.HeelHeight, true, true, false)]
    [InlineData(WinkDependence.Always, true, true, true)]
    [InlineData(WinkDependence.NonWinker, false, false, false)]
    public void Winks_in_the_sets_its_kind_says(WinkDependence dependence, bool usual, bool wide, bool heels)
    {
        foreach (var seed in new long[] { 1, 2, 3 })
        {
            var (athlete, script) = CauseTestLifter.Build(dependence, seed);
            var truth = new RecordingSimulator(athlete, script, new SimulationSettings { Seed = seed }).Truth;

            var sets = truth.Reps.GroupBy(r => r.Set).OrderBy(g => g.Key).Select(g => g.Select(r => r.Winks).ToList()).ToList();

            Assert.Equal(3, sets.Count);
            Assert.All(sets, reps => Assert.Equal(5, reps.Count));
            bool[] expected = [usual, wide, heels];
            for (int set = 0; set < 3; set++)
                Assert.True(sets[set].All(w => w == expected[set]),
                    $"{dependence} seed {seed} set {set + 1}: winks {string.Join(",", sets[set])}, expected all {expected[set]}");
        }
    }
}
