using WinkSensor.Core.Runtime;
using WinkSensor.Core.Tests.Signals;

namespace WinkSensor.Core.Tests.Wink;

/// <summary>
/// The acceptance targets on many varied synthetic reps (fixed seeds): tempo 1.1-4.6 s, depth 0.3-0.5 m, pelvis range
/// 15-40°, gradual flexion 0-26°, occasional pauses, noisier sensors than the MPU-6050 datasheet.
/// </summary>
public class WinkStatisticsTests
{
    private static readonly SyntheticImuOptions NoisySensors = new() { AccelerometerNoiseG = 0.01, GyroscopeNoiseDegreesPerSecond = 0.3, Seed = 7 };

    private static MotionScript RandomSet(int seed, int reps, bool winks)
    {
        var random = new Random(seed);
        var script = new MotionScript().Stand(3);
        for (int i = 0; i < reps; i++)
        {
            double duration = 1.1 + 3.5 * random.NextDouble();
            script.Squat(new SquatSpec
            {
                DurationSeconds = duration,
                DepthMeters = 0.3 + 0.2 * random.NextDouble(),
                PelvisRangeDegrees = 15 + 25 * random.NextDouble(),
                GradualFlexionDegrees = 26 * random.NextDouble(),
                PauseSeconds = random.NextDouble() < 0.2 ? 1.5 : 0,
                WinkDegrees = winks ? 8 + 12 * random.NextDouble() : 0,
                WinkStartProgress = 0.75 + 0.2 * random.NextDouble(),
                WinkRiseSeconds = Math.Min(0.4, 0.1 * duration),
            }).Stand(0.6 + random.NextDouble());
        }
        return script;
    }

    [Fact]
    public void A_hundred_clean_reps_are_all_counted_with_at_most_one_false_alarm()
    {
        var script = RandomSet(seed: 11, reps: 100, winks: false);
        var harness = RuntimeHarness.Replay(script, NoisySensors);
        Assert.Equal(100, harness.Sink.Reps.Count);
        Assert.True(harness.Sink.Winks.Count <= 1, $"{harness.Sink.Winks.Count} false alarms in 100 clean reps");
    }

    [Fact]
    public void A_hundred_wink_reps_alarm_at_least_97_times_with_median_latency_under_30_ms()
    {
        var script = RandomSet(seed: 12, reps: 100, winks: true);
        var harness = RuntimeHarness.Replay(script, NoisySensors);
        Assert.Equal(100, harness.Sink.Reps.Count);
        var latencies = new List<double>();
        foreach (var truth in script.Squats)
        {
            double crossing = truth.WinkCrossing(DeviceConfiguration.DefaultWinkThresholdDegrees);
            var alarm = harness.Sink.Winks.FirstOrDefault(w => w.AlarmMicroseconds / 1e6 >= truth.Start && w.AlarmMicroseconds / 1e6 <= truth.End);
            if (alarm != null) latencies.Add(alarm.AlarmMicroseconds / 1e6 - crossing);
        }
        Assert.True(latencies.Count >= 97, $"{latencies.Count} of 100 winks detected");
        latencies.Sort();
        double median = latencies[latencies.Count / 2];
        double p95 = latencies[(int)(latencies.Count * 0.95) - 1];
        Assert.True(median <= 0.030, $"median latency {median * 1000:F0} ms");
        Assert.True(p95 <= 0.060, $"95th percentile latency {p95 * 1000:F0} ms");
    }
}
