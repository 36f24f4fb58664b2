using WinkSensor.Host.LiveRecording;
using WinkSensor.Host.Storage;
using WinkSensor.Host.Tests.Fixtures;
using WinkSensor.Host.Transports;
using WinkSensor.Simulation.Recording;
using WinkSensor.Simulation.Scenarios;
using WinkSensor.Simulation.VirtualWearable;

namespace WinkSensor.Host.Tests.EndToEnd;

/// <summary>
/// The recorder following a virtual wearable through a real transport while a simulated lifter does two winking reps;
/// then the check that the store holds exactly what the wearable logged.
/// </summary>
internal static class TwoWinkingRepsRecording
{
    public static async Task RecordAndAssertEverythingStoredAsync(IWearableTransport transport, string address, VirtualWearable wearable)
    {
        var (athlete, script) = new QuickScenario { Reps = 2, Wink = WinkMode.On }.Build(1);
        var samples = new RecordingSimulator(athlete, script, new SimulationSettings { Seed = 1 }).Samples().ToList();
        using var directory = new TemporaryDirectory();
        var store = SessionStore.Open(directory.File("sessions.sqlite"));
        var alerts = new List<RecorderAlert>();
        var recorder = new WearableRecorder(transport, address, store, new CollectingAlertNotifier(alerts),
            new WearableRecorderOptions { StatusPollInterval = TimeSpan.FromMilliseconds(300), FinalSyncTimeout = TimeSpan.FromSeconds(10) });

        using var stop = new CancellationTokenSource();
        var recording = recorder.RunAsync(stop.Token);
        // The recorder's session begins once it is connected and has read the status: only then may the stop come.
        for (int i = 0; i < 2000 && recorder.LiveView is not { Connected: true } && !recording.IsCompleted; i++) await Task.Delay(10);
        Assert.True(recorder.LiveView is { Connected: true }, "the recorder did not connect to the virtual wearable");
        await VirtualWearableRunner.RunAsync(wearable, samples, new WearablePacing(20)).WaitAsync(TimeSpan.FromSeconds(60));
        stop.Cancel();
        var summary = await recording.WaitAsync(TimeSpan.FromSeconds(60));

        var session = new SessionArchive(store).LoadSession(new SessionReference(summary.SessionId))!;
        Assert.True(wearable.Runtime.RepCount >= 1, "the scenario should give reps");
        Assert.Equal(wearable.Runtime.RepCount, session.Reps.Count);
        Assert.NotEmpty(session.Winks);
        Assert.Equal(session.Winks.Count, alerts.Count(a => a.Kind == AlertKind.Wink));
        Assert.Equal((int)wearable.Events.Log.LatestSequence,
            session.CalibrationMicroseconds.Count + session.Reps.Count + session.Winks.Count + session.Faults.Count
            + session.Reps.Count(r => r.Kinematics.DepthCentimetres is not null || r.Kinematics.MeanConcentricVelocityMetresPerSecond is not null));
        Assert.True(summary.Complete, $"the session should be complete: {summary.Disconnections} disconnection(s), {summary.Recoveries.Count} recoveries");
        Assert.Equal("0.1.0", session.Summary.Device.FirmwareVersion);
    }
}
