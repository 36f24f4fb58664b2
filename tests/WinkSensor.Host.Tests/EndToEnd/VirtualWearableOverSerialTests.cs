using WinkSensor.Host.LiveRecording;
using WinkSensor.Host.Protocol;
using WinkSensor.Host.Storage;
using WinkSensor.Host.Tests.Fixtures;
using WinkSensor.Host.Tests.Transports;
using WinkSensor.Host.Transports.Serial;
using WinkSensor.Simulation.Recording;
using WinkSensor.Simulation.Scenarios;
using WinkSensor.Simulation.VirtualWearable;

namespace WinkSensor.Host.Tests.EndToEnd;

/// <summary>
/// The USB serial fallback end to end: the virtual wearable on one end of a socat pty pair with the core's serial
/// framing (as the firmware's UsbSerialLink), the host's serial transport on the other.
/// </summary>
public sealed class VirtualWearableOverSerialTests
{
    [Fact]
    public async Task The_recorder_stores_every_rep_and_wink_the_virtual_wearable_sends_over_usb_serial()
    {
        using var pty = new SocatPtyPair();
        var wearable = new VirtualWearable(bootId: 78);
        using var line = VirtualWearableOnSerialPort.Attach(wearable, pty.DeviceEnd);
        var (athlete, script) = new QuickScenario { Reps = 2, Wink = WinkMode.On }.Build(1);
        var samples = new RecordingSimulator(athlete, script, new SimulationSettings { Seed = 1 }).Samples().ToList();
        using var directory = new TemporaryDirectory();
        var store = SessionStore.Open(directory.File("sessions.sqlite"));
        await using var transport = new SerialWearableTransport(SerialReadRequests.TransportOptions());
        var alerts = new List<RecorderAlert>();
        var recorder = new WearableRecorder(transport, pty.HostEnd, store, new CollectingAlertNotifier(alerts),
            new WearableRecorderOptions { StatusPollInterval = TimeSpan.FromMilliseconds(300), FinalSyncTimeout = TimeSpan.FromSeconds(10) });

        using var stop = new CancellationTokenSource();
        var recording = recorder.RunAsync(stop.Token);
        for (int i = 0; i < 2000 && recorder.LiveView is not { Connected: true } && !recording.IsCompleted; i++) await Task.Delay(10);
        Assert.True(recorder.LiveView is { Connected: true }, "the recorder did not connect over the serial line");
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
        Assert.True(summary.Complete, $"the session should be complete: {summary.Disconnections} disconnection(s)");
        Assert.Equal("0.1.0", session.Summary.Device.FirmwareVersion);
        Assert.Equal(0, line.FramesRejected);
    }
}
