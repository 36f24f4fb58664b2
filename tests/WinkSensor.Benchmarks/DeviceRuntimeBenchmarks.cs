using BenchmarkDotNet.Attributes;
using WinkSensor.Core.Numerics;
using WinkSensor.Core.Runtime;
using WinkSensor.Core.Sensors;

namespace WinkSensor.Benchmarks;

/// <summary>
/// Cost of one two-sensor sample through the device runtime (fusion, alignment, flexion, rep segmentation, wink
/// detection, haptics). One operation = one paired sample. The input is a calibrated wearer doing continuous
/// squat-like motion (both segments tilting, pelvis moving vertically), so the rep and wink paths run.
/// Run: dotnet run -c Release --project tests/WinkSensor.Benchmarks -- --filter '*DeviceRuntime*'
/// </summary>
[MemoryDiagnoser]
public class DeviceRuntimeBenchmarks
{
    private const int SamplesPerCycle = 400; // 4 s at 100 Hz: 2 s standing still, one 2 s squat
    private readonly ImuSample[] sacrum = new ImuSample[SamplesPerCycle];
    private readonly ImuSample[] thoracolumbar = new ImuSample[SamplesPerCycle];
    private DeviceRuntime runtime = null!;
    private long timeMicroseconds;
    private int index;

    [GlobalSetup]
    public void Setup()
    {
        for (int i = 0; i < SamplesPerCycle; i++)
        {
            double t = i * 0.01;
            // Progress 0 -> 1 -> 0 over the squat half, still in the standing half.
            double p = t < 2 ? 0 : 0.5 - 0.5 * Math.Cos(Math.PI * (t - 2));
            double rate = t < 2 ? 0 : 0.5 * Math.PI * Math.Sin(Math.PI * (t - 2)); // dp/dt, 1/s
            double pelvis = 30 * p * Math.PI / 180, trunk = 45 * p * Math.PI / 180;
            double verticalAcceleration = t < 2 ? 0 : -0.45 * 0.5 * Math.PI * Math.PI * Math.Cos(Math.PI * (t - 2)) / 9.80665;
            sacrum[i] = new ImuSample(
                new Vector3((float)((1 + verticalAcceleration) * Math.Cos(pelvis)), 0.01f, (float)((1 + verticalAcceleration) * Math.Sin(pelvis))),
                new Vector3(0.2f, (float)(30 * rate), -0.1f));
            thoracolumbar[i] = new ImuSample(
                new Vector3((float)((1 + verticalAcceleration) * Math.Cos(trunk)), -0.01f, (float)((1 + verticalAcceleration) * Math.Sin(trunk))),
                new Vector3(-0.1f, (float)(45 * rate), 0.2f));
        }
        var sink = new NullDeviceSink();
        runtime = new DeviceRuntime(new DeviceConfiguration(), sink, sink);
        // Calibrate on the still half and run a few cycles so every path is warm.
        for (int i = 0; i < 10 * SamplesPerCycle; i++) Step();
    }

    [Benchmark(Description = "two-sensor sample")]
    public float TwoSensorSample()
    {
        Step();
        return runtime.FlexionDegrees;
    }

    private void Step()
    {
        runtime.ProcessSample(timeMicroseconds, sacrum[index], thoracolumbar[index], true);
        timeMicroseconds += 10_000;
        index = (index + 1) % SamplesPerCycle;
    }
}
