using BenchmarkDotNet.Attributes;
using WinkSensor.Core.Runtime;
using WinkSensor.Core.Sensors;
using WinkSensor.Host.Recordings;
using WinkSensor.Host.Replay;
using WinkSensor.Simulation.Output;
using WinkSensor.Simulation.Recording;
using WinkSensor.Simulation.Scenarios;
using WinkSensor.Simulation.Script;

namespace WinkSensor.Benchmarks;

/// <summary>
/// Replay of a one-hour two-sensor recording at 100 Hz (360,000 rows); target: under 1 s for the whole path.
/// One operation = the whole hour. The recording is simulated once (not measured): a winker doing squat sets with
/// rests, walks, stoops and sit-to-stands (deep reps wink, half squats do not), written as replay CSV to a temporary file.
/// WholeReplay is what `winksensor replay` does (parse the CSV, run the device runtime over every row);
/// ParseRecording and RunParsedRecording split it; DeviceRuntimeAlone is the runtime over the same samples in memory.
/// Run: dotnet run -c Release --project tests/WinkSensor.Benchmarks -- --filter '*Replay*' --job short --inProcess
/// </summary>
[MemoryDiagnoser]
public class ReplayBenchmarks
{
    private const int RowCount = 360_000; // one hour at 100 Hz
    private string path = null!;
    private RawRecording recording = null!;
    private long[] timesMicroseconds = null!;
    private ImuSample[] sacrum = null!;
    private ImuSample[] thoracolumbar = null!;
    private bool[] thoracolumbarPresent = null!;

    [GlobalSetup]
    public void Setup()
    {
        var (athlete, _) = new QuickScenario { Wink = WinkMode.Mixed }.Build(1);
        var simulator = new RecordingSimulator(athlete, OneHourSession(), new SimulationSettings { Seed = 1 });
        path = Path.Combine(Path.GetTempPath(), $"winksensor-replay-benchmark-{Environment.ProcessId}.csv");
        int written = ReplayCsvWriter.Write(path, simulator.Samples().Take(RowCount), includeThoracolumbar: true);
        if (written != RowCount) throw new InvalidOperationException($"the simulated session gave {written} rows, not {RowCount}");

        recording = RawRecordingReader.ReadFile(path);
        timesMicroseconds = recording.Rows.Select(r => r.TimeMicroseconds).ToArray();
        sacrum = recording.Rows.Select(r => r.Sacrum).ToArray();
        thoracolumbar = recording.Rows.Select(r => r.Thoracolumbar).ToArray();
        thoracolumbarPresent = recording.Rows.Select(r => r.ThoracolumbarPresent).ToArray();
        var check = ReplayRunner.Run(recording);
        Console.WriteLine($"// {RowCount} rows, {new FileInfo(path).Length / 1e6:F1} MB, {recording.Rows[^1].TimeSeconds:F0} s, " +
                          $"{check.RepCount} reps and {check.WinkCount} winks detected");
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(path);

    /// <summary>About 70 min of activity blocks of about 2.5 min each, so the first 360,000 rows are all activity.</summary>
    private static SessionScript OneHourSession()
    {
        var items = new List<SessionItem>();
        for (int block = 0; block < 28; block++)
        {
            items.Add(new SquatSet { Reps = 8, DepthPerRepDeg = [100, 70] }); // deep reps wink, half squats do not
            items.Add(new StandStill(60));
            items.Add(new Walk(20));
            items.Add(new StandStill(20));
            items.Add(new StoopPickUp(2));
            items.Add(new SitToStand(1));
            items.Add(new StandStill(10));
        }
        return new SessionScript(items);
    }

    [Benchmark(Description = "whole replay: read CSV + device runtime, 1 h")]
    public int WholeReplay() => ReplayRunner.Run(RawRecordingReader.ReadFile(path)).RepCount;

    [Benchmark(Description = "read CSV only, 1 h")]
    public int ParseRecording() => RawRecordingReader.ReadFile(path).Rows.Count;

    [Benchmark(Description = "ReplayRunner over the parsed recording, 1 h")]
    public int RunParsedRecording() => ReplayRunner.Run(recording).RepCount;

    [Benchmark(Description = "device runtime alone over in-memory samples, 1 h")]
    public int DeviceRuntimeAlone()
    {
        var sink = new NullDeviceSink();
        var runtime = new DeviceRuntime(new DeviceConfiguration(), sink, sink);
        for (int i = 0; i < timesMicroseconds.Length; i++)
            runtime.ProcessSample(timesMicroseconds[i], sacrum[i], thoracolumbar[i], thoracolumbarPresent[i]);
        return runtime.RepCount;
    }
}
