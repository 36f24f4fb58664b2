using WinkSensor.Host.LiveRecording;
using WinkSensor.Host.Storage;
using WinkSensor.Host.Tests.Fixtures;
using WinkSensor.Host.Tests.Transports;
using WinkSensor.Simulation.Bluez;
using WinkSensor.Simulation.Recording;
using WinkSensor.Simulation.Scenarios;
using WinkSensor.Simulation.VirtualWearable;

namespace WinkSensor.Host.Tests.EndToEnd;

/// <summary>The virtual wearable as the fake BlueZ's peripheral: the recorder gets its reps and winks over real D-Bus.</summary>
public sealed class VirtualWearableOverBluezTests(PrivateSystemBus bus) : IClassFixture<PrivateSystemBus>
{
    private const string Address = "F0:F5:BD:00:12:34";

    [Fact]
    public async Task The_recorder_stores_every_rep_and_wink_the_virtual_wearable_sends_through_bluez()
    {
        await using var fake = await FakeBluez.StartAsync(bus.Address);
        var wearable = new VirtualWearable(bootId: 77);
        VirtualWearableOnFakeBluez.Attach(fake, wearable, Address);
        var (athlete, script) = new QuickScenario { Reps = 2, Wink = WinkMode.On }.Build(1);
        var samples = new RecordingSimulator(athlete, script, new SimulationSettings { Seed = 1 }).Samples().ToList();
        using var directory = new TemporaryDirectory();
        var store = SessionStore.Open(directory.File("sessions.sqlite"));
        await using var transport = bus.NewBluezTransport();
        var alerts = new List<RecorderAlert>();
        var recorder = new WearableRecorder(transport, Address, store, new CollectingAlertNotifier(alerts),
            new WearableRecorderOptions { StatusPollInterval = TimeSpan.FromMilliseconds(300), FinalSyncTimeout = TimeSpan.FromSeconds(10) });

        using var stop = new CancellationTokenSource();
        var recording = recorder.RunAsync(stop.Token);
        // The recorder's session begins once it is connected and has read the status: only then may the stop come.
        for (int i = 0; i < 2000 && recorder.LiveView is not { Connected: true } && !recording.IsCompleted; i++) await Task.Delay(10);
        Assert.True(recorder.LiveView is { Connected: true }, "the recorder did not connect through the fake BlueZ");
        await VirtualWearableRunner.RunAsync(wearable, samples, new WearablePacing(20)).WaitAsync(TimeSpan.FromSeconds(60));
        stop.Cancel();
        var summary = await recording.WaitAsync(TimeSpan.FromSeconds(60));

        var session = new SessionArchive(store).LoadSession(new SessionReference(summary.SessionId))!;
        Assert.True(wearable.Runtime.RepCount >= 1, "the scenario should give reps");
        Assert.Equal(wearable.Runtime.RepCount, session.Reps.Count);
        Assert.Equal(session.Winks.Count, alerts.Count(a => a.Kind == AlertKind.Wink));
        Assert.Equal((int)wearable.Events.Log.LatestSequence,
            session.CalibrationMicroseconds.Count + session.Reps.Count + session.Winks.Count + session.Faults.Count
            + session.Reps.Count(r => r.Kinematics.DepthCentimetres is not null || r.Kinematics.MeanConcentricVelocityMetresPerSecond is not null));
        Assert.True(summary.Complete, $"the session should be complete: {summary.Disconnections} disconnection(s), {summary.Recoveries.Count} recoveries");
        Assert.Equal("0.1.0", session.Summary.Device.FirmwareVersion);
        Assert.Empty(fake.HandlerFailures);
    }
}
