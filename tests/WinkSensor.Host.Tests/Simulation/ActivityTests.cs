using WinkSensor.Simulation.Athletes;
using WinkSensor.Simulation.Body;
using WinkSensor.Simulation.Recording;
using WinkSensor.Simulation.Script;

namespace WinkSensor.Host.Tests.Simulation;

public class ActivityTests
{
    [Fact]
    public void Truth_has_exactly_the_requested_reps_numbered_through_the_recording()
    {
        var script = SessionScript.Of(
            new SquatSet { Reps = 4 }, new StandStill(5), new SquatSet { Reps = 2, LoadKg = 40 }, new SquatSet { Reps = 5, BottomPauseS = 1 });
        var simulator = new RecordingSimulator(new SimulatedAthlete(), script, new SimulationSettings { Seed = 4 });
        Assert.Equal(11, simulator.Truth.Reps.Count);
        Assert.Equal(Enumerable.Range(1, 11), simulator.Truth.Reps.Select(r => r.Rep));
        Assert.Equal(new[] { 4, 2, 5 }, simulator.Truth.Reps.GroupBy(r => r.Set).Select(g => g.Count()));
        var samples = simulator.Samples().ToList();
        Assert.Equal(Enumerable.Range(1, 11), samples.Select(s => s.Truth.Rep).Where(r => r > 0).Distinct());
        Assert.All(simulator.Truth.Reps, rep => Assert.True(rep.StartS < rep.BottomS && rep.BottomS <= rep.BottomEndS && rep.BottomEndS < rep.EndS));
    }

    [Theory]
    [InlineData("walk")]
    [InlineData("stoop")]
    [InlineData("sit")]
    public void Other_activities_produce_no_reps_and_only_standing_or_other_phases(string activity)
    {
        SessionItem item = activity switch { "walk" => new Walk(8), "stoop" => new StoopPickUp(2), _ => new SitToStand(2) };
        var simulator = SimulationFixtures.Activity(item);
        Assert.Empty(simulator.Truth.Reps);
        var samples = simulator.Samples().ToList();
        Assert.All(samples, s => Assert.Equal(0, s.Truth.Rep));
        Assert.All(samples, s => Assert.Contains(s.Truth.Phase, new[] { TruthPhase.Standing, TruthPhase.Other }));
        Assert.Contains(samples, s => s.Truth.Phase == TruthPhase.Other);
        Assert.Contains(simulator.Truth.Activities, a => a.Activity != "calibration" && a.Activity != "standing");
    }

    [Fact]
    public void Recording_starts_with_at_least_two_seconds_of_standing_calibration()
    {
        var simulator = SimulationFixtures.Squats();
        ActivityTruth first = simulator.Truth.Activities[0];
        Assert.Equal("calibration", first.Activity);
        Assert.True(first.EndS - first.StartS >= 2);
        Assert.All(simulator.Samples().TakeWhile(s => s.TimeS < first.EndS), s => Assert.Equal(TruthPhase.Standing, s.Truth.Phase));
    }

    [Fact]
    public void Stooping_rounds_the_back_far_more_while_the_sacrum_barely_lowers()
    {
        var simulator = SimulationFixtures.Activity(new StoopPickUp(1));
        var samples = simulator.Samples().ToList();
        double hipDrop = samples[0].Truth.HipHeightM - samples.Min(s => s.Truth.HipHeightM);
        Assert.True(samples.Max(s => s.Truth.FlexionDeg) > 25);
        Assert.True(hipDrop < 0.08, $"hip drop while stooping {hipDrop:F3} m");
    }
}
