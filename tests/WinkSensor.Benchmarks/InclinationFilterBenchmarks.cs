using BenchmarkDotNet.Attributes;
using WinkSensor.Core.Fusion;
using WinkSensor.Core.Numerics;
using WinkSensor.Core.Sensors;

namespace WinkSensor.Benchmarks;

/// <summary>
/// Cost of one InclinationFilter.Update for one sensor in motion (the worst case: accelerometer correction plus the
/// in-motion gyro bias update), after a still-stand calibration; with and without the in-motion bias estimate.
/// </summary>
[MemoryDiagnoser]
public class InclinationFilterBenchmarks
{
    private const int SampleCount = 4096; // power of two: the index wraps with a mask
    private const float Period = 0.01f;
    private readonly ImuSample[] samples = new ImuSample[SampleCount];
    private InclinationFilter filter = null!;
    private int index;

    [Params(true, false)]
    public bool EstimateGyroBiasInMotion { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // Squat-like movement: pitching about y with some roll, accelerations up to about 0.4 g, a 3 deg/s bias.
        for (int i = 0; i < SampleCount; i++)
        {
            float t = i * Period;
            float pitch = 0.4f * (1f - FloatMath.Cos(3.14f * t));
            var acceleration = new Vector3(-FloatMath.Sin(pitch) + 0.3f * FloatMath.Sin(3.14f * t), 0.05f * FloatMath.Sin(1.3f * t), FloatMath.Cos(pitch) + 0.2f * FloatMath.Sin(6.28f * t));
            var angularRate = new Vector3(3f + 10f * FloatMath.Sin(1.3f * t), 3f + 72f * FloatMath.Sin(3.14f * t), 3f);
            samples[i] = new ImuSample(acceleration, angularRate);
        }
        filter = new InclinationFilter(new FusionSettings { EstimateGyroBiasInMotion = EstimateGyroBiasInMotion });
        var still = new ImuSample(new Vector3(0f, 0f, 1f), new Vector3(3f, 3f, 3f));
        for (int i = 0; i < 300; i++) filter.Update(still, Period); // calibrate at rest
        for (int i = 0; i < SampleCount; i++) filter.Update(samples[i], Period);
        index = 0;
    }

    [Benchmark(Description = "InclinationFilter.Update, one sensor in motion")]
    public Vector3 Update()
    {
        filter.Update(samples[index], Period);
        index = (index + 1) & (SampleCount - 1);
        return filter.Up;
    }
}
