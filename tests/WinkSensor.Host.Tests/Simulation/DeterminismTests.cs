using WinkSensor.Simulation.Output;

namespace WinkSensor.Host.Tests.Simulation;

public class DeterminismTests
{
    [Fact]
    public void Same_seed_gives_identical_csv_and_truth_bytes()
    {
        string csvA = SimulationFixtures.Csv(SimulationFixtures.Squats(seed: 42));
        string csvB = SimulationFixtures.Csv(SimulationFixtures.Squats(seed: 42));
        Assert.Equal(csvA, csvB);
        Assert.Equal(
            TruthJsonWriter.ToJson(SimulationFixtures.Squats(seed: 42).Truth),
            TruthJsonWriter.ToJson(SimulationFixtures.Squats(seed: 42).Truth));
    }

    [Fact]
    public void Enumerating_the_stream_twice_gives_the_same_samples()
    {
        var simulator = SimulationFixtures.Squats(seed: 5, reps: 1);
        var first = simulator.Samples().Select(s => (s.TimeS, s.Sacrum.Acceleration.X, s.Thoracolumbar.AngularRate.Y)).ToList();
        var second = simulator.Samples().Select(s => (s.TimeS, s.Sacrum.Acceleration.X, s.Thoracolumbar.AngularRate.Y)).ToList();
        Assert.Equal(first, second);
    }

    [Fact]
    public void Different_seeds_give_different_recordings()
    {
        string csvA = SimulationFixtures.Csv(SimulationFixtures.Squats(seed: 1));
        string csvB = SimulationFixtures.Csv(SimulationFixtures.Squats(seed: 2));
        Assert.NotEqual(csvA, csvB);
        Assert.NotEqual(
            TruthJsonWriter.ToJson(SimulationFixtures.Squats(seed: 1).Truth),
            TruthJsonWriter.ToJson(SimulationFixtures.Squats(seed: 2).Truth));
    }
}
