using WinkSensor.Core.Numerics;
using WinkSensor.Core.Sensors;
using WinkSensor.Core.Sensors.Mpu6050;
using WinkSensor.Simulation.Hardware;
using Xunit.Abstractions;

namespace WinkSensor.Core.Tests.Sensors;

/// <summary>
/// Two sensors on separate clocks paired into one stream. Ground truth: every sample's gyroscope Z is a ramp of
/// 50 deg/s per s (33 counts per sample), so each drained frame identifies the instant the part sampled it.
/// </summary>
public class SensorPairSamplerTests(ITestOutputHelper output)
{
    private const float RampDegreesPerSecondPerSecond = 50f;

    private static IImuSignalSource Ramp() => new FunctionImuSignal(t =>
        new ImuSample(new Vector3(0f, 0f, 1f), new Vector3(0f, 0f, -450f + RampDegreesPerSecondPerSecond * t * 1e-6f)));

    private static SortedList<double, long> TrueTimes(List<(long Time, ImuSample Signal)> taken)
    {
        var times = new SortedList<double, long>();
        foreach (var s in taken) times[s.Signal.AngularRate.Z * 65.5] = s.Time;
        return times;
    }

    /// <summary>The sampling instant of the taken sample whose ramp value is nearest (within 2 counts; samples are 33 apart).</summary>
    private static long TrueTime(SortedList<double, long> times, ImuSample sample)
    {
        double counts = sample.AngularRate.Z * 65.5;
        var keys = times.Keys;
        int low = 0, high = keys.Count - 1;
        while (low < high)
        {
            int middle = (low + high) / 2;
            if (keys[middle] < counts) low = middle + 1; else high = middle;
        }
        int best = low;
        if (low > 0 && Math.Abs(keys[low - 1] - counts) < Math.Abs(keys[low] - counts)) best = low - 1;
        Assert.True(Math.Abs(keys[best] - counts) <= 2, $"no sample near {counts} counts");
        return times.Values[best];
    }

    private static List<SensorPairSample> Run(Mpu6050TestRig rig, SensorPairSampler sampler, long durationMicroseconds, int seed, Action<long>? during = null)
    {
        var random = new Random(seed);
        var buffer = new SensorPairSample[8];
        var samples = new List<SensorPairSample>();
        long end = rig.Now + durationMicroseconds;
        while (rig.Now < end)
        {
            rig.Advance(random.Next(10_000, 20_001));
            during?.Invoke(rig.Now);
            int count = sampler.Drain(rig.Now, buffer);
            for (int i = 0; i < count; i++) samples.Add(buffer[i]);
        }
        return samples;
    }

    [Fact]
    public void Clocks_one_percent_apart_stay_paired_within_tolerance_with_no_sacrum_frame_lost()
    {
        var rig = new Mpu6050TestRig(Ramp(), Ramp());
        rig.SacrumPart.ClockErrorFraction = -0.003;
        rig.ThoracolumbarPart!.ClockErrorFraction = 0.01;
        var sampler = new SensorPairSampler(rig.Sacrum, rig.Thoracolumbar);
        var samples = Run(rig, sampler, 17_000_000, seed: 3);

        var sacrumTimes = TrueTimes(rig.SacrumTaken);
        var thoracolumbarTimes = TrueTimes(rig.ThoracolumbarTaken);
        double sacrumPeriod = 10_000 / (1 - 0.003), thoracolumbarPeriod = 10_000 / 1.01;

        // Every sacrum frame comes out, once, in order, paired.
        Assert.All(samples, s => Assert.False(s.PelvisOnly));
        var sacrumTrue = samples.Select(s => TrueTime(sacrumTimes, s.Sacrum)).ToList();
        for (int i = 1; i < sacrumTrue.Count; i++) Assert.InRange(sacrumTrue[i] - sacrumTrue[i - 1], sacrumPeriod - 1, sacrumPeriod + 1);
        Assert.InRange(rig.SacrumTaken.Count - samples.Count, 0, SensorPairSampler.MaximumBacklogFrames + 2);
        Assert.Equal(0, sampler.UnpairedSacrumFrames);

        // The thoracolumbar part runs 1.3 % faster: about 1.3 % of its frames have no partner and are dropped.
        double dropShare = (double)sampler.DroppedThoracolumbarFrames / rig.ThoracolumbarTaken.Count;
        Assert.InRange(dropShare, 0.010, 0.016);

        // Pairs: the true sampling instants stay within the tolerance (0.6 periods) plus the timestamp error.
        var pairing = samples.Select(s => Math.Abs(TrueTime(sacrumTimes, s.Sacrum) - TrueTime(thoracolumbarTimes, s.Thoracolumbar))).ToList();
        var settledPairing = pairing.Skip(500).ToList();
        output.WriteLine($"pairs {samples.Count}, dropped thoracolumbar {sampler.DroppedThoracolumbarFrames} ({dropShare:P2}), " +
                         $"true pairing offset after 5 s: mean {settledPairing.Average():F0} µs, max {settledPairing.Max()} µs");

        // Timestamps: after 5 s of lock, close to the true sampling instants and without drain-time jitter.
        var errors = samples.Skip(500).Select(s => (double)(s.TimestampMicroseconds - TrueTime(sacrumTimes, s.Sacrum))).ToList();
        var steps = samples.Skip(500).Zip(samples.Skip(501), (a, b) => b.TimestampMicroseconds - a.TimestampMicroseconds - sacrumPeriod).ToList();
        output.WriteLine($"sacrum timestamp error: mean {errors.Average():F0} µs, max |e| {errors.Max(Math.Abs):F0} µs; " +
                         $"step deviation from the true period: max {steps.Max(Math.Abs):F0} µs; " +
                         $"period estimates {sampler.SacrumPeriodMicroseconds:F1} / {sampler.ThoracolumbarPeriodMicroseconds:F1} µs " +
                         $"(true {sacrumPeriod:F1} / {thoracolumbarPeriod:F1})");
        Assert.True(settledPairing.Max() <= 0.6 * 10_000 + 500, $"pair {settledPairing.Max()} µs apart");
        Assert.True(errors.Max(Math.Abs) < 1_000, "timestamps more than 1 ms off");
        Assert.True(steps.Max(Math.Abs) < 200, "timestamp steps jitter by more than 200 µs");
        Assert.InRange(sampler.SacrumPeriodMicroseconds, sacrumPeriod - 10, sacrumPeriod + 10);
        Assert.InRange(sampler.ThoracolumbarPeriodMicroseconds, thoracolumbarPeriod - 10, thoracolumbarPeriod + 10);
    }

    [Fact]
    public void When_the_sacrum_clock_is_the_faster_its_extra_frames_go_out_with_the_thoracolumbar_frame_held_and_none_is_lost()
    {
        var rig = new Mpu6050TestRig(Ramp(), Ramp());
        rig.SacrumPart.ClockErrorFraction = 0.01;
        var sampler = new SensorPairSampler(rig.Sacrum, rig.Thoracolumbar);
        var samples = Run(rig, sampler, 10_000_000, seed: 4);

        var sacrumTimes = TrueTimes(rig.SacrumTaken);
        var sacrumTrue = samples.Select(s => TrueTime(sacrumTimes, s.Sacrum)).ToList();
        double period = 10_000 / 1.01;
        for (int i = 1; i < sacrumTrue.Count; i++) Assert.InRange(sacrumTrue[i] - sacrumTrue[i - 1], period - 1, period + 1);
        // The thoracolumbar sensor is never taken for lost: an unpaired sacrum frame carries the frame before it again.
        Assert.All(samples.Skip(1), s => Assert.False(s.PelvisOnly));
        var held = Enumerable.Range(1, samples.Count - 1)
            .Where(i => samples[i].ThoracolumbarTimestampMicroseconds == samples[i - 1].ThoracolumbarTimestampMicroseconds).ToList();
        Assert.All(held, i => Assert.Equal(samples[i - 1].Thoracolumbar.AngularRate, samples[i].Thoracolumbar.AngularRate));
        double heldShare = (double)held.Count / samples.Count;
        output.WriteLine($"sacrum 1 % fast: {samples.Count} samples, {heldShare:P2} with the thoracolumbar frame held, thoracolumbar dropped {sampler.DroppedThoracolumbarFrames}");
        Assert.InRange(heldShare, 0.007, 0.013);
        Assert.Equal(held.Count, sampler.HeldThoracolumbarFrames);
        Assert.Equal(sampler.UnpairedSacrumFrames, sampler.HeldThoracolumbarFrames);
    }

    [Fact]
    public void Without_a_thoracolumbar_sensor_every_sacrum_frame_goes_out_pelvis_only()
    {
        var rig = new Mpu6050TestRig(Ramp(), withThoracolumbar: false);
        var sampler = new SensorPairSampler(rig.Sacrum, rig.Thoracolumbar);
        var samples = Run(rig, sampler, 3_000_000, seed: 5);

        Assert.True(sampler.IsPelvisOnly);
        Assert.Equal(Mpu6050Health.Lost, rig.Thoracolumbar.Health);
        Assert.All(samples, s => Assert.True(s.PelvisOnly));
        Assert.Equal(rig.SacrumTaken.Count, samples.Count);
        for (int i = 0; i < samples.Count; i++) Mpu6050TestRig.AssertWithinQuantisation(rig.SacrumTaken[i].Signal, samples[i].Sacrum);
    }

    [Fact]
    public void A_sampler_built_without_a_thoracolumbar_driver_is_pelvis_only()
    {
        var rig = new Mpu6050TestRig(Ramp(), withThoracolumbar: false);
        var sampler = new SensorPairSampler(rig.Sacrum, null!);
        var samples = Run(rig, sampler, 1_000_000, seed: 9);
        Assert.Null(sampler.Thoracolumbar);
        Assert.NotEmpty(samples);
        Assert.All(samples, s => Assert.True(s.PelvisOnly));
    }

    [Fact]
    public void When_the_thoracolumbar_sensor_fails_the_sacrum_carries_on_alone_and_pairing_resumes_when_it_returns()
    {
        var rig = new Mpu6050TestRig(Ramp(), Ramp());
        rig.ThoracolumbarPart!.ClockErrorFraction = 0.008;
        var sampler = new SensorPairSampler(rig.Sacrum, rig.Thoracolumbar);
        long start = rig.Now;
        var samples = Run(rig, sampler, 8_000_000, seed: 11, during: now =>
        {
            if (now - start is > 3_000_000 and < 3_020_001) rig.Bus.Disconnect(0x69);
            if (now - start is > 5_000_000 and < 5_020_001) rig.Bus.Reconnect(0x69);
        });

        var sacrumTimes = TrueTimes(rig.SacrumTaken);
        var sacrumTrue = samples.Select(s => TrueTime(sacrumTimes, s.Sacrum)).ToList();
        for (int i = 1; i < sacrumTrue.Count; i++) Assert.InRange(sacrumTrue[i] - sacrumTrue[i - 1], 9_999, 10_001);

        var pelvisOnly = samples.Where(s => s.PelvisOnly).Select(s => s.TimestampMicroseconds - start).ToList();
        Assert.NotEmpty(pelvisOnly);
        Assert.True(pelvisOnly.Min() > 2_900_000 && pelvisOnly.Max() < 6_000_000, "pelvis-only outside the outage");
        Assert.False(samples[^1].PelvisOnly);
        Assert.Equal(1, rig.Thoracolumbar.Reinitialisations);

        var thoracolumbarTimes = TrueTimes(rig.ThoracolumbarTaken);
        var late = samples.Where(s => !s.PelvisOnly && s.TimestampMicroseconds - start > 6_500_000).ToList();
        Assert.NotEmpty(late);
        Assert.All(late, s => Assert.InRange(Math.Abs(TrueTime(sacrumTimes, s.Sacrum) - TrueTime(thoracolumbarTimes, s.Thoracolumbar)), 0, 6_500));
    }

    [Fact]
    public void A_destination_smaller_than_the_backlog_keeps_the_rest_for_the_next_call()
    {
        var rig = new Mpu6050TestRig(Ramp(), withThoracolumbar: false);
        var sampler = new SensorPairSampler(rig.Sacrum, null!);
        Run(rig, sampler, 500_000, seed: 1);
        rig.Advance(100_000); // 10 frames waiting
        var small = new SensorPairSample[4];
        int total = sampler.Drain(rig.Now, small) + sampler.Drain(rig.Now, small) + sampler.Drain(rig.Now, small);
        Assert.Equal(10, total);
    }

    [Fact]
    public void The_drain_path_allocates_nothing()
    {
        var rig = new Mpu6050TestRig(Ramp(), Ramp());
        rig.ThoracolumbarPart!.ClockErrorFraction = 0.01;
        var sampler = new SensorPairSampler(rig.Sacrum, rig.Thoracolumbar);
        var buffer = new SensorPairSample[16];
        for (int i = 0; i < 300; i++)
        {
            rig.Advance(13_000);
            sampler.Drain(rig.Now, buffer);
        }
        Assert.Equal(Mpu6050Health.Running, rig.Thoracolumbar.Health);

        long allocated = 0;
        int produced = 0;
        for (int i = 0; i < 500; i++)
        {
            rig.Advance(13_000); // the simulation may allocate; only the drain is measured
            long before = GC.GetAllocatedBytesForCurrentThread();
            produced += sampler.Drain(rig.Now, buffer);
            allocated += GC.GetAllocatedBytesForCurrentThread() - before;
        }
        Assert.True(produced > 500, $"only {produced} samples");
        Assert.True(sampler.DroppedThoracolumbarFrames > 0, "the extra-frame path was not exercised");
        Assert.Equal(0, allocated);
    }
}
