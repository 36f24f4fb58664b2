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
    [Fact]
    public async Task Stored_reps_and_winks_equal_the_device_runtime_despite_lost_notifications_and_an_outage()
    {
        // The link's dice decide by frame content, so which events' first notifications are lost is the same in every run.
        var chain = VirtualWearableChain.Create(seed: 1, reps: 6, dropProbability: 0.3, linkSeed: 7);
        var winkingRep = chain.TruthReps.First(r => r.Winks && r.Rep >= 3);
        var outage = new LinkOutage(winkingRep.StartS + 0.2, 3);
        var expected = ReplayRunner.Run(CohortEvaluation.ToRawRecording("same samples", chain.Samples, hasThoracolumbar: true));
        using var directory = new TemporaryDirectory();
        var store = SessionStore.Open(directory.File("sessions.sqlite"));

        using var stop = new CancellationTokenSource();
        var recording = chain.Recorder(store).RunAsync(stop.Token);
        await chain.WaitForHostAsync();
        // Real-time × 50 so the recorder sees the outage, its reconnection attempts and gaps as they happen.
        await VirtualWearableRunner.RunAsync(chain.Wearable, chain.Samples, new WearablePacing(50), chain.Loopback, [outage])
            .WaitAsync(TimeSpan.FromSeconds(60));
        // On a loaded machine the reconnection may still be under way: the subject here is what is stored, not how fast.
        await chain.WaitForHostAsync();
        stop.Cancel();
        var summary = await recording.WaitAsync(TimeSpan.FromSeconds(60));

        var session = new SessionArchive(store).LoadSession(new SessionReference(summary.SessionId))!;
        var expectedReps = expected.Events.OfType<RepEvent>().ToList();
        var expectedWinks = expected.Events.OfType<WinkEvent>().ToList();
        Assert.True(expectedReps.Count >= 5 && expectedWinks.Count >= 2, $"the scenario should give reps and winks to compare: {expectedReps.Count} reps, {expectedWinks.Count} winks");
        Assert.True(chain.Loopback.Link.DroppedEventNotifications > 0, "the link should have lost event notifications");
        Assert.Single(summary.Recoveries);
        Assert.True(summary.ResumeRequests > 0, "lost events should have been asked for again");

        Assert.Equal(expectedReps.Select(ExpectedRow), session.Reps.Select(StoredRow));
        Assert.Equal(expectedWinks.Select(w => (w.Rep, Milliseconds(w.TimeSeconds))),
            session.Winks.Select(w => (w.RepNumber, w.AlarmMicroseconds / 1000)));
        // Every rep is two events on the wire: the rep, then its depth and speed.
        Assert.Equal((uint)(1 + 2 * expectedReps.Count + expectedWinks.Count + expected.Events.OfType<Replay.FaultEvent>().Count()),
            chain.Wearable.Events.Log.LatestSequence);
        Assert.Equal(0u, summary.LostEvents);
        Assert.True(summary.Complete, $"the session should be complete: {summary.Disconnections} disconnection(s), {summary.Recoveries.Count} recoveries");
        Assert.Single(session.CalibrationMicroseconds);
        var winkAlerts = chain.Alerts.Where(a => a.Kind == AlertKind.Wink).ToList();
        Assert.Equal(expectedWinks.Select(w => w.Rep), winkAlerts.Select(a => a.Wink!.RepNumber));
    }

    [Fact]
    public async Task A_link_that_never_comes_back_leaves_the_session_incomplete_with_what_arrived_before()
    {
        var chain = VirtualWearableChain.Create(seed: 1, reps: 4, dropProbability: 0);
        var third = chain.TruthReps[2];
        using var directory = new TemporaryDirectory();
        var store = SessionStore.Open(directory.File("sessions.sqlite"));

        using var stop = new CancellationTokenSource();
        var recording = chain.Recorder(store, finalSyncTimeout: TimeSpan.FromMilliseconds(500)).RunAsync(stop.Token);
        await chain.WaitForHostAsync();
        var beforeDrop = chain.Samples.TakeWhile(s => s.TimeS < third.StartS).ToList();
        await VirtualWearableRunner.RunAsync(chain.Wearable, beforeDrop, new WearablePacing(50));
        var repsBeforeDrop = chain.Wearable.Runtime.RepCount;
        chain.Loopback.LeaveRange("test: the wearable's battery died");
        // The recorder reports the loss only after it has taken in every frame that arrived before it.
        await chain.WaitForAlertAsync(AlertKind.ConnectionLost);
        stop.Cancel();
        var summary = await recording.WaitAsync(TimeSpan.FromSeconds(30));

        var stored = new SessionArchive(store).FindSession(new SessionReference(summary.SessionId))!;
        Assert.False(summary.Complete);
        Assert.False(stored.Complete);
        Assert.Contains("incomplete", summary.IncompleteReason);
        Assert.InRange(repsBeforeDrop, 1, 2);
        Assert.Equal(repsBeforeDrop, stored.RepCount);
        Assert.Contains(chain.Alerts, a => a.Kind == AlertKind.ConnectionLost);
    }

    /// <summary>Issue 6, "nothing lost across disconnects": the device runtime on a link that loses notifications and
    /// drops the connection at random; the store holds exactly the events the wearable logged, each once.</summary>
    [Fact]
    public async Task Every_event_the_device_logged_is_stored_once_across_a_link_that_drops_at_random()
    {
        var chain = VirtualWearableChain.Create(seed: 3, reps: 8, dropProbability: 0.2, linkDropProbability: 0.01);
        using var directory = new TemporaryDirectory();
        var store = SessionStore.Open(directory.File("sessions.sqlite"));

        using var stop = new CancellationTokenSource();
        var recording = chain.Recorder(store).RunAsync(stop.Token);
        await chain.WaitForHostAsync();
        // Every half simulated second the lifter waits (bounded) for a dropped link to come back, so drops keep coming
        // however slowly the recorder reconnects; within each half second, events queue up on the wearable.
        double nextCheckS = 0;
        foreach (var sample in chain.Samples)
        {
            chain.Wearable.Step(sample);
            if (sample.TimeS < nextCheckS) continue;
            nextCheckS = sample.TimeS + 0.5;
            await chain.WaitForHostAsync();
        }
        // The link may be down at this moment: the stop itself reconnects and collects what is missing.
        stop.Cancel();
        var summary = await recording.WaitAsync(TimeSpan.FromSeconds(60));

        var logged = chain.LoggedEvents();
        var session = new SessionArchive(store).LoadSession(new SessionReference(summary.SessionId))!;
        Assert.True(chain.Loopback.Link.RandomLinkDrops >= 2, $"the link should have dropped more than once: {chain.Loopback.Link.RandomLinkDrops}");
        Assert.True(chain.Loopback.Link.DroppedNotifications > 0, "the link should have lost notifications");
        Assert.True(logged.OfType<Protocol.RepCompletedEvent>().Count() >= 6, "the scenario should give reps");
        Assert.Equal(1u, logged[0].Sequence);
        Assert.True(summary.Complete, summary.IncompleteReason);
        Assert.Equal(logged.Count, summary.Events);
        Assert.Equal(0u, summary.LostEvents);
        Assert.Equal(logged.OfType<Protocol.CalibratedEvent>().Select(c => (long)c.TimeMilliseconds),
            session.CalibrationMicroseconds.Select(t => t / 1000));
        Assert.Equal(logged.OfType<Protocol.RepCompletedEvent>().Select(r => (r.RepNumber, (long)r.StartMilliseconds,
                (long)r.BottomMilliseconds, (long)r.EndMilliseconds, Math.Round(r.PeakFlexionDegrees ?? 0, 2), r.Wink, r.PelvisOnly)),
            session.Reps.Select(StoredRow));
        Assert.Equal(logged.OfType<Protocol.WinkDetectedEvent>().Select(w => (w.RepNumber, (long)w.AlarmMilliseconds, (long)w.OnsetMilliseconds)),
            session.Winks.Select(w => (w.RepNumber, w.AlarmMicroseconds / 1000, w.OnsetMicroseconds / 1000)));
        Assert.Equal(logged.OfType<Protocol.FaultEvent>().Select(f => ((long)f.TimeMilliseconds, f.Code)),
            session.Faults.Select(f => (f.TimeMicroseconds / 1000, f.Code)));
    }

    [Fact]
    public async Task A_stop_while_the_link_is_down_reconnects_and_collects_what_the_wearable_logged_meanwhile()
    {
        var chain = VirtualWearableChain.Create(seed: 1, reps: 4, dropProbability: 0);
        var third = chain.TruthReps[2];
        using var directory = new TemporaryDirectory();
        var store = SessionStore.Open(directory.File("sessions.sqlite"));

        using var stop = new CancellationTokenSource();
        var recording = chain.Recorder(store).RunAsync(stop.Token);
        await chain.WaitForHostAsync();
        await VirtualWearableRunner.RunAsync(chain.Wearable, chain.Samples.TakeWhile(s => s.TimeS < third.StartS), WearablePacing.AsFastAsPossible);
        chain.Loopback.LeaveRange("test: out of range for the rest of the session");
        await chain.WaitForAlertAsync(AlertKind.ConnectionLost);
        await VirtualWearableRunner.RunAsync(chain.Wearable, chain.Samples.SkipWhile(s => s.TimeS < third.StartS), WearablePacing.AsFastAsPossible);
        stop.Cancel();
        chain.Loopback.ReturnToRange();
        var summary = await recording.WaitAsync(TimeSpan.FromSeconds(30));

        var logged = chain.LoggedEvents();
        var session = new SessionArchive(store).LoadSession(new SessionReference(summary.SessionId))!;
        Assert.True(chain.Wearable.Runtime.RepCount >= 3, "reps should have happened while the link was down");
        Assert.True(summary.Complete, summary.IncompleteReason);
        Assert.Equal(logged.Count, summary.Events);
        Assert.Equal(chain.Wearable.Runtime.RepCount, session.Reps.Count);
        Assert.Equal(logged.OfType<Protocol.WinkDetectedEvent>().Count(), session.Winks.Count);
        Assert.True(summary.Recoveries.Single().BacklogEvents > 0, "the wearable should have held events the host had not got");
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
