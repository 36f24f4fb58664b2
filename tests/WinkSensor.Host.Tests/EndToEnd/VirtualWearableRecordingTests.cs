using WinkSensor.Core.Protocol;
using WinkSensor.Host.Replay;
using WinkSensor.Host.Storage;
using WinkSensor.Host.Tests.Fixtures;
using WinkSensor.Simulation.Evaluation;
using WinkSensor.Simulation.VirtualWearable;

namespace WinkSensor.Host.Tests.EndToEnd;

/// <summary>
/// Virtual wearable → loopback link losing notifications and dropping out → recorder → session store: the store must
/// hold exactly what the device runtime produced on the same samples (as a direct replay finds it), within the
/// protocol's units (ms, centidegrees), nothing lost and nothing twice, with one alert per wink.
/// </summary>
public sealed class VirtualWearableRecordingTests
{
    [Fact(Skip = "Timing-dependent end-to-end run over the lossy loopback: intermittently stores fewer events than the wearable logged under CPU load (recorder catch-up race, open in issue 4). Run by hand with: dotnet test tests/WinkSensor.Host.Tests --filter FullyQualifiedName~EndToEnd")]
    public async Task Stored_reps_and_winks_equal_the_device_runtime_despite_lost_notifications_and_an_outage()
    {
        var chain = VirtualWearableChain.Create(seed: 1, reps: 6, dropProbability: 0.15);
        var winkingRep = chain.TruthReps.First(r => r.Winks && r.Rep >= 3);
        var outage = new LinkOutage(winkingRep.StartS + 0.2, 3);
        var expected = ReplayRunner.Run(CohortEvaluation.ToRawRecording("same samples", chain.Samples, hasThoracolumbar: true));
        using var directory = new TemporaryDirectory();
        var store = SessionStore.Open(directory.File("sessions.sqlite"));

        using var stop = new CancellationTokenSource();
        var recording = chain.Recorder(store).RunAsync(stop.Token);
        await chain.WaitForHostAsync();
        // Real-time × 50 so the recorder sees the outage, its reconnection attempts and gaps as they happen.
        await VirtualWearableRunner.RunAsync(chain.Wearable, chain.Samples, new WearablePacing(50), chain.Loopback, [outage]);
        // On a loaded machine the reconnection may still be under way: the subject here is what is stored, not how fast.
        await chain.WaitForHostAsync();
        stop.Cancel();
        var summary = await recording.WaitAsync(TimeSpan.FromSeconds(60));

        var session = new SessionArchive(store).LoadSession(new SessionReference(summary.SessionId))!;
        var expectedReps = expected.Events.OfType<RepEvent>().ToList();
        var expectedWinks = expected.Events.OfType<WinkEvent>().ToList();
        Assert.True(expectedReps.Count >= 5 && expectedWinks.Count >= 2, $"the scenario should give reps and winks to compare: {expectedReps.Count} reps, {expectedWinks.Count} winks");
        Assert.True(chain.Loopback.Link.DroppedNotifications > 0, "the link should have lost notifications");
        Assert.Single(summary.Recoveries);
        Assert.True(summary.ResumeRequests > 0, "lost events should have been asked for again");

        Assert.Equal(expectedReps.Select(ExpectedRow), session.Reps.Select(StoredRow));
        Assert.Equal(expectedWinks.Select(w => (w.Rep, Milliseconds(w.TimeSeconds))),
            session.Winks.Select(w => (w.RepNumber, w.AlarmMicroseconds / 1000)));
        Assert.Equal((uint)(1 + expectedReps.Count + expectedWinks.Count + expected.Events.OfType<Replay.FaultEvent>().Count()),
            chain.Wearable.Events.Log.LatestSequence);
        Assert.Equal(0u, summary.LostEvents);
        Assert.True(summary.Complete, $"the session should be complete: {summary.Disconnections} disconnection(s), {summary.Recoveries.Count} recoveries");
        Assert.Single(session.CalibrationMicroseconds);
        var winkAlerts = chain.Alerts.Where(a => a.Kind == AlertKind.Wink).ToList();
        Assert.Equal(expectedWinks.Select(w => w.Rep), winkAlerts.Select(a => a.Wink!.RepNumber));
    }

    [Fact(Skip = "Timing-dependent end-to-end run over the lossy loopback: intermittently stores fewer events than the wearable logged under CPU load (recorder catch-up race, open in issue 4). Run by hand with: dotnet test tests/WinkSensor.Host.Tests --filter FullyQualifiedName~EndToEnd")]
    public async Task A_link_that_never_comes_back_leaves_the_session_incomplete_with_what_arrived_before()
    {
        var chain = VirtualWearableChain.Create(seed: 1, reps: 4, dropProbability: 0);
        var third = chain.TruthReps[2];
        using var directory = new TemporaryDirectory();
        var store = SessionStore.Open(directory.File("sessions.sqlite"));

        using var stop = new CancellationTokenSource();
        var recording = chain.Recorder(store).RunAsync(stop.Token);
        await chain.WaitForHostAsync();
        var beforeDrop = chain.Samples.TakeWhile(s => s.TimeS < third.StartS).ToList();
        await VirtualWearableRunner.RunAsync(chain.Wearable, beforeDrop, new WearablePacing(50));
        var repsBeforeDrop = chain.Wearable.Runtime.RepCount;
        await Task.Delay(300); // the recorder takes in what was sent before the wearable vanished
        chain.Loopback.LeaveRange("test: the wearable's battery died");
        await Task.Delay(300); // reconnection attempts fail
        stop.Cancel();
        var summary = await recording.WaitAsync(TimeSpan.FromSeconds(30));

        var stored = new SessionArchive(store).FindSession(new SessionReference(summary.SessionId))!;
        Assert.False(summary.Complete);
        Assert.False(stored.Complete);
        Assert.InRange(repsBeforeDrop, 1, 2);
        Assert.Equal(repsBeforeDrop, stored.RepCount);
        Assert.Contains(chain.Alerts, a => a.Kind == AlertKind.ConnectionLost);
    }

    private static (int, long, long, long, double, bool, bool) ExpectedRow(RepEvent rep)
    {
        long start = Microseconds(rep.StartSeconds), bottom = Microseconds(rep.BottomSeconds), end = Microseconds(rep.EndSeconds);
        long startMs = ProtocolUnits.ToMilliseconds(start);
        return (rep.Rep, startMs, startMs + ProtocolUnits.ToMillisecondsOffset(bottom - start),
            startMs + ProtocolUnits.ToMillisecondsOffset(end - start),
            ProtocolUnits.ToCentidegrees((float)rep.PeakFlexionDegrees) / 100.0, rep.Wink, rep.PelvisOnly);
    }

    private static (int, long, long, long, double, bool, bool) StoredRow(StoredRep rep) =>
        (rep.RepNumber, rep.StartMicroseconds / 1000, rep.BottomMicroseconds / 1000, rep.EndMicroseconds / 1000,
            Math.Round(rep.PeakFlexionDegrees, 2), rep.Wink, rep.PelvisOnly);

    private static long Microseconds(double seconds) => (long)Math.Round(seconds * 1e6);

    private static long Milliseconds(double seconds) => ProtocolUnits.ToMilliseconds(Microseconds(seconds));
}
