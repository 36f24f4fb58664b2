using BenchmarkDotNet.Attributes;
using WinkSensor.Simulation.Recording;
using WinkSensor.Simulation.Scenarios;

namespace WinkSensor.Benchmarks;

/// <summary>
/// Simulator throughput: one 5-rep squat recording (≈ 25 s of simulated time at 1 kHz internal rate, both sensors,
/// datasheet errors), streamed to the end. Simulated seconds per wall-clock second = SimulatedSeconds / mean time.
/// </summary>
[MemoryDiagnoser]
public class SimulatorBenchmarks
{
    private RecordingSimulator _simulator = null!;

    [GlobalSetup]
    public void Setup()
    {
        var (athlete, script) = new QuickScenario { Reps = 5, Wink = WinkMode.On }.Build(1);
        _simulator = new RecordingSimulator(athlete, script, new SimulationSettings { Seed = 1 });
        Console.WriteLine($"// simulated seconds per recording: {SimulatedSeconds:F2}");
    }

    public double SimulatedSeconds => _simulator.Timeline.DurationS;

    [Benchmark]
    public int StreamFiveRepRecording()
    {
        int count = 0;
        foreach (var _ in _simulator.Samples()) count++;
        return count;
    }

    [Benchmark]
    public int BuildFiveRepRecordingWithTruth()
    {
        var (athlete, script) = new QuickScenario { Reps = 5, Wink = WinkMode.On }.Build(1);
        return new RecordingSimulator(athlete, script, new SimulationSettings { Seed = 1 }).Truth.Reps.Count;
    }
}
