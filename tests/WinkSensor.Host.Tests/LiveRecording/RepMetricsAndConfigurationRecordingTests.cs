using WinkSensor.Core.Runtime;
using WinkSensor.Host.Protocol;
using WinkSensor.Host.Storage;
using WinkSensor.Host.Tests.EndToEnd;
using WinkSensor.Host.Tests.Fixtures;

namespace WinkSensor.Host.Tests.LiveRecording;

/// <summary>
/// The recorder stores the RepMetrics and ConfigurationChanged events the wearable sends: frames made by the core's
/// ProtocolEventSink on the virtual wearable, across the loopback link, into the session store.
/// </summary>
public sealed class RepMetricsAndConfigurationRecordingTests
{
    [Fact]
    public async Task Rep_metrics_fill_in_their_rep_and_wink_and_configuration_changes_are_kept()
    {
        var chain = VirtualWearableChain.Create(seed: 1, reps: 1, dropProbability: 0);
        using var directory = new TemporaryDirectory();
        var store = SessionStore.Open(directory.File("sessions.sqlite"));
        using var stop = new CancellationTokenSource();
        var recording = chain.Recorder(store).RunAsync(stop.Token);
        await chain.WaitForHostAsync();

        var events = chain.Wearable.Events;
        events.Calibrated(1_000_000);
        events.RepCompleted(Rep(1, startMs: 2_000, wink: true));
        events.WinkDetected(new WinkRecord { RepNumber = 1, OnsetMicroseconds = 2_600_000, AlarmMicroseconds = 2_700_000, MagnitudeDegrees = 7.5f });
        events.RepMetricsMeasured(1, 41.3f, 0.62f, 0.97f, 30.8f, 0.75f);
        events.RepCompleted(Rep(2, startMs: 5_000, wink: false));
        events.RepMetricsMeasured(2, 38.0f, 0.55f, 0.88f, float.NaN, float.NaN);
        var configuration = new DeviceConfiguration();
        Assert.Equal(ConfigurationError.None, configuration.SetWinkThresholdDegrees(9f));
        Assert.Equal(ConfigurationError.None, configuration.SetLiveAngleRateHertz(10));
        events.ConfigurationChanged(configuration, 6_000_000);
        stop.Cancel();
        var summary = await recording.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(summary.Complete, summary.IncompleteReason);
        var archive = new SessionArchive(store);
        var session = archive.LoadSession(new SessionReference(summary.SessionId))!;
        Assert.Equal([1, 2], session.Reps.Select(r => r.RepNumber));
        // The protocol carries depth in mm and velocities in mm/s.
        Assert.Equal(new RepKinematics(41.3, 0.62, 0.97), session.Reps[0].Kinematics);
        Assert.Equal(new RepKinematics(38.0, 0.55, 0.88), session.Reps[1].Kinematics);
        var wink = Assert.Single(session.Winks);
        Assert.Equal(30.8, wink.OnsetDepth.Centimetres!.Value, 6);
        Assert.Equal(0.75, wink.OnsetDepth.FractionOfRepDepth!.Value, 6);
        var change = Assert.Single(archive.ReadConfigurationChanges(summary.SessionId));
        Assert.Equal(6_000_000, change.TimeMicroseconds);
        Assert.Equal(new DeviceSettings(9, configuration.BuzzEnabled, configuration.WinkPattern, configuration.IdleSleepMinutes, 10),
            change.Settings);
    }

    [Fact]
    public void Metrics_of_a_rep_the_session_does_not_hold_change_nothing()
    {
        using var directory = new TemporaryDirectory();
        var store = SessionStore.Open(directory.File("sessions.sqlite"));
        using var session = SessionRecorder.Begin(store, new DeviceIdentity("test", "AA:BB:CC:DD:EE:FF", "0.1.0"));
        session.RepCompleted(Rep(1, startMs: 2_000, wink: false));

        Assert.False(session.RepMetricsMeasured(7, new RepKinematics(40, 0.5, 0.8), WinkOnsetDepth.Unknown));
        session.RepMetricsMeasured(1, 40f, 0.5f, float.NaN, float.NaN, float.NaN);
        session.Complete();

        var rep = Assert.Single(new SessionArchive(store).LoadSession(new SessionReference(session.SessionId))!.Reps);
        Assert.Equal(40, rep.Kinematics.DepthCentimetres);
        Assert.Equal(0.5, rep.Kinematics.MeanConcentricVelocityMetresPerSecond!.Value, 6);
        Assert.Null(rep.Kinematics.PeakConcentricVelocityMetresPerSecond);
    }

    private static RepRecord Rep(int number, long startMs, bool wink) => new()
    {
        RepNumber = number,
        StartMicroseconds = startMs * 1000,
        BottomMicroseconds = (startMs + 900) * 1000,
        EndMicroseconds = (startMs + 2_000) * 1000,
        PeakFlexionDegrees = 20f,
        Wink = wink,
    };
}
