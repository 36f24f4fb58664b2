using WinkSensor.Simulation.Body;
using WinkSensor.Simulation.Recording;
using WinkSensor.Simulation.Scenarios;

namespace WinkSensor.Host.Tests.Simulation;

public class WinkTruthTests
{
    /// <summary>Flexion rise from when the hip has dropped 75 % of the rep's depth to the end of the bottom phase, deg.</summary>
    private static double LateFlexionRise(IReadOnlyList<SimulatedSample> samples, int rep)
    {
        var repSamples = samples.Where(s => s.Truth.Rep == rep).ToList();
        double standingHip = repSamples[0].Truth.HipHeightM;
        double depth = standingHip - repSamples.Min(s => s.Truth.HipHeightM);
        var late = repSamples.SkipWhile(s => standingHip - s.Truth.HipHeightM < 0.75 * depth)
            .TakeWhile(s => s.Truth.Phase != TruthPhase.Ascent).ToList();
        return late.Max(s => s.Truth.FlexionDeg) - late[0].Truth.FlexionDeg;
    }

    [Fact]
    public void Winking_reps_show_a_flexion_rise_near_the_bottom_and_the_wink_flag()
    {
        var simulator = SimulationFixtures.Squats(wink: WinkMode.On, reps: 4);
        var samples = simulator.Samples().ToList();
        Assert.All(simulator.Truth.Reps, rep =>
        {
            Assert.True(rep.Winks);
            Assert.True(LateFlexionRise(samples, rep.Rep) > 7, $"rep {rep.Rep}: late flexion rise {LateFlexionRise(samples, rep.Rep):F1}°");
            var flagged = samples.Where(s => s.Truth.Rep == rep.Rep && s.Truth.WinkUnderWay).ToList();
            Assert.NotEmpty(flagged);
            Assert.InRange(flagged[0].TimeS - rep.WinkOnsetS!.Value, 0, 0.011);
            Assert.InRange(rep.WinkPeakS!.Value - rep.WinkOnsetS!.Value, 0.05, 1.0);
            Assert.InRange(rep.WinkOnsetDepthFraction!.Value, 0.5, 1.0);
            Assert.True(rep.WinkThresholdCrossingS > rep.WinkOnsetS, "the wink crosses the alarm threshold after its onset");
            Assert.True(rep.PelvicTiltRangeDeg > 5, "the pelvis tilts back at the bottom");
        });
    }

    [Fact]
    public void Non_winking_reps_have_no_late_flexion_rise_and_no_wink_flag()
    {
        var simulator = SimulationFixtures.Squats(wink: WinkMode.Off, reps: 4);
        var samples = simulator.Samples().ToList();
        Assert.All(simulator.Truth.Reps, rep =>
        {
            Assert.False(rep.Winks);
            Assert.Null(rep.WinkOnsetS);
            Assert.True(LateFlexionRise(samples, rep.Rep) < 4, $"rep {rep.Rep}: late flexion rise {LateFlexionRise(samples, rep.Rep):F1}°");
        });
        Assert.DoesNotContain(samples, s => s.Truth.WinkUnderWay);
    }

    [Fact]
    public void Mixed_mode_alternates_deep_winking_reps_with_shallow_clean_ones()
    {
        var truth = SimulationFixtures.Squats(wink: WinkMode.Mixed, reps: 4).Truth;
        Assert.Equal(new[] { true, false, true, false }, truth.Reps.Select(r => r.Winks));
    }

    [Fact]
    public void Threshold_crossing_is_the_first_time_flexion_reaches_reference_plus_threshold()
    {
        var simulator = SimulationFixtures.Squats(wink: WinkMode.On, reps: 2);
        var samples = simulator.Samples().ToList();
        foreach (var rep in simulator.Truth.Reps)
        {
            Assert.NotNull(rep.ThresholdCrossingS);
            double level = rep.ReferenceFlexionDeg + rep.ThresholdDeg;
            var before = samples.Where(s => s.TimeS >= rep.StartS && s.TimeS < rep.ThresholdCrossingS!.Value - 0.002);
            Assert.All(before, s => Assert.True(s.Truth.FlexionDeg < level + 0.05));
            var after = samples.First(s => s.TimeS >= rep.ThresholdCrossingS!.Value + 0.002);
            Assert.True(after.Truth.FlexionDeg >= level - 0.05);
        }
    }
}
