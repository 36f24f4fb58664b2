using System.Diagnostics;
using WinkSensor.Simulation.Recording;

namespace WinkSensor.Simulation.VirtualWearable;

/// <summary>What one run of the virtual wearable did.</summary>
/// <param name="Samples">Sample pairs fed to the device runtime.</param>
/// <param name="SimulatedSeconds">Device time covered, s.</param>
/// <param name="WallClock">How long the run took.</param>
/// <param name="StoppedBySleep">The host sent Sleep and the wearable stopped.</param>
public sealed record VirtualWearableRunResult(int Samples, double SimulatedSeconds, TimeSpan WallClock, bool StoppedBySleep);

/// <summary>
/// Plays simulated samples into a <see cref="VirtualWearable"/> on its own thread, paced by the wall clock
/// (real time or a speed factor) or as fast as possible, taking the radio out of range for the scheduled outages.
/// </summary>
public static class VirtualWearableRunner
{
    /// <param name="progress">Called about every simulated second with the device time, s.</param>
    public static Task<VirtualWearableRunResult> RunAsync(VirtualWearable wearable, IEnumerable<SimulatedSample> samples,
        WearablePacing pacing, IWearableRadioRange? range = null, IReadOnlyList<LinkOutage>? outages = null,
        Action<double>? progress = null, CancellationToken cancellationToken = default) =>
        Task.Factory.StartNew(() => Run(wearable, samples, pacing, range, outages ?? [], progress, cancellationToken),
            cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private static VirtualWearableRunResult Run(VirtualWearable wearable, IEnumerable<SimulatedSample> samples,
        WearablePacing pacing, IWearableRadioRange? range, IReadOnlyList<LinkOutage> outages, Action<double>? progress,
        CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        int count = 0;
        double firstS = double.NaN, lastS = 0, nextProgressS = 0;
        var outOfRange = new bool[outages.Count];
        var sleeping = false;
        foreach (var sample in samples)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (double.IsNaN(firstS)) firstS = sample.TimeS;
            lastS = sample.TimeS;
            if (!pacing.IsUnpaced) WaitUntil(clock, (sample.TimeS - firstS) / pacing.SpeedFactor, cancellationToken);
            UpdateRange(range, outages, outOfRange, sample.TimeS);
            wearable.Step(sample);
            count++;
            if (sample.TimeS >= nextProgressS)
            {
                progress?.Invoke(sample.TimeS);
                nextProgressS = sample.TimeS + 1;
            }
            if (wearable.SleepRequested)
            {
                sleeping = true;
                range?.LeaveRange("the virtual wearable went to sleep (Sleep command)");
                break;
            }
        }
        if (!sleeping)
        {
            for (int i = 0; i < outages.Count; i++)
                if (outOfRange[i]) range?.ReturnToRange();
            wearable.Pump();
        }
        progress?.Invoke(lastS);
        return new VirtualWearableRunResult(count, double.IsNaN(firstS) ? 0 : lastS - firstS, clock.Elapsed, sleeping);
    }

    private static void UpdateRange(IWearableRadioRange? range, IReadOnlyList<LinkOutage> outages, bool[] outOfRange, double timeS)
    {
        if (range is null) return;
        for (int i = 0; i < outages.Count; i++)
        {
            if (!outOfRange[i] && timeS >= outages[i].StartS && timeS < outages[i].EndS)
            {
                outOfRange[i] = true;
                range.LeaveRange($"the virtual wearable went out of range at {outages[i].StartS:F1} s for {outages[i].DurationS:F1} s");
            }
            else if (outOfRange[i] && timeS >= outages[i].EndS)
            {
                outOfRange[i] = false;
                range.ReturnToRange();
            }
        }
    }

    private static void WaitUntil(Stopwatch clock, double dueSeconds, CancellationToken cancellationToken)
    {
        var wait = TimeSpan.FromSeconds(dueSeconds) - clock.Elapsed;
        // Sleep in steps of at least 2 ms: finer sleeps cost more than they buy.
        if (wait > TimeSpan.FromMilliseconds(2)) cancellationToken.WaitHandle.WaitOne(wait);
    }
}
