using WinkSensor.Host.LiveRecording;
using WinkSensor.Host.Storage;
using WinkSensor.Host.Transports.Loopback;
using WinkSensor.Simulation.Calibration;
using WinkSensor.Simulation.VirtualWearable;

namespace WinkSensor.Simulation.Demo;

/// <summary>Where the demo is: simulated seconds done of the total, and what the recorder holds.</summary>
public sealed record DemoProgress(double SimulatedSeconds, double TotalSeconds, RecorderLiveView? Recorder, bool WearableInRange);

/// <summary>What the demo did, from both ends of the link.</summary>
/// <param name="WearableEvents">Events the virtual wearable logged (its newest sequence number).</param>
/// <param name="WearableReps">Reps the device runtime counted.</param>
/// <param name="NotificationsLostInAir">Notifications the loopback's fault injection threw away.</param>
public sealed record DemoResult(
    RecordingSummary Recording, VirtualWearableRunResult Wearable, DemoScenario Scenario, uint WearableEvents, int WearableReps,
    int NotificationsLostInAir, TimeSpan WallClock);

/// <summary>
/// The whole chain without hardware: simulator → device runtime → protocol frames → loopback transport (notifications
/// lost at random, one radio outage) → recorder → session store. The report is the caller's (it is a host concern).
/// </summary>
public static class DemoRun
{
    /// <summary>Share of notifications the demo's radio loses in the air.</summary>
    public const double NotificationLossProbability = 0.03;

    /// <param name="speedFactor">Simulated seconds per wall-clock second; 0 = as fast as possible.</param>
    public static async Task<DemoResult> RunAsync(SessionStore store, long seed, double speedFactor, IAlertNotifier alerts,
        Action<DemoProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var scenario = DemoScenario.Build(seed);
        var wearable = new VirtualWearable.VirtualWearable(unchecked((ushort)(seed * 7919 + 1)), DeviceSixPositionCalibration.FlashAfterSetUp(scenario.Simulator));
        var loopback = new VirtualWearableLoopback(wearable,
            new LoopbackFaultInjection { NotificationDropProbability = NotificationLossProbability, RandomSeed = unchecked((int)seed) });
        var recorder = new WearableRecorder(loopback.HostTransport, loopback.Address, store, alerts,
            WearableRecorderOptions.FasterThanRealTime(loopback.Link.Name));

        using var stopRecorder = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var recording = recorder.RunAsync(stopRecorder.Token);
        // Let the host connect before the athlete starts, as a lifter would.
        while (!loopback.Link.IsHostConnected && !recording.IsCompleted)
            await Task.Delay(5, cancellationToken).ConfigureAwait(false);

        VirtualWearableRunResult run;
        try
        {
            run = await VirtualWearableRunner.RunAsync(wearable, scenario.Simulator.Samples(), new WearablePacing(speedFactor),
                loopback, [scenario.Outage],
                seconds => progress?.Invoke(new DemoProgress(seconds, scenario.DurationS, recorder.LiveView, loopback.InRange)),
                cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            stopRecorder.Cancel();
        }
        var summary = await recording.ConfigureAwait(false);
        return new DemoResult(summary, run, scenario, wearable.Events.Log.LatestSequence, wearable.Runtime.RepCount,
            loopback.Link.DroppedNotifications, clock.Elapsed);
    }
}
