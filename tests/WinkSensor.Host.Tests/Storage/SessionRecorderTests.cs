using WinkSensor.Core.Runtime;
using WinkSensor.Host.Storage;
using WinkSensor.Host.Tests.Fixtures;

namespace WinkSensor.Host.Tests.Storage;

public sealed class SessionRecorderTests
{
    [Fact]
    public void A_recorded_session_reads_back_with_its_sets_reps_winks_faults_alerts_and_samples()
    {
        using var directory = new TemporaryDirectory();
        var store = SessionStore.OpenInDataDirectory(directory.Path);
        var started = new DateTimeOffset(2026, 10, 3, 18, 30, 0, TimeSpan.Zero);
        var conditions = new SetConditions(StanceWidthCentimetres: 40, ToeAngleDegrees: 20, HeelsRaised: true,
            LoadKilograms: 60, Shoes: "weightlifting shoes", Note: "felt tight");
        var id = new SessionFixtureBuilder(store)
            .StartedAt(started)
            .Set(4, [2, 4], conditions)
            .Set(3, [1])
            .WithFaultAfterFirstRep(FaultCode.ThoracolumbarSensorLost)
            .Record(notes: "leg day");

        var archive = new SessionArchive(store);
        var session = archive.LoadSession(new SessionReference(id))!;

        Assert.True(session.Summary.Complete);
        Assert.Equal("leg day", session.Summary.Notes);
        Assert.Equal(started, session.Summary.Start);
        Assert.Equal("AA:BB:CC:DD:EE:01", session.Summary.Device.Address);
        Assert.Equal((2, 7, 3), (session.Summary.SetCount, session.Summary.RepCount, session.Summary.WinkRepCount));
        Assert.Equal(conditions, session.Sets[0].Conditions);
        Assert.Equal(SetConditions.None, session.Sets[1].Conditions);
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], session.Reps.Select(r => r.RepNumber));
        Assert.Equal([1, 1, 1, 1, 2, 2, 2], session.Reps.Select(r => r.SetNumber));
        Assert.Equal([false, true, false, true, true, false, false], session.Reps.Select(r => r.Wink));
        Assert.Equal([2, 4, 5], session.Winks.Select(w => w.RepNumber));
        foreach (var wink in session.Winks)
        {
            var rep = session.Reps.Single(r => r.RepNumber == wink.RepNumber);
            Assert.Equal(rep.Id, wink.RepId);
            Assert.InRange(wink.OnsetMicroseconds, rep.StartMicroseconds, wink.AlarmMicroseconds);
            Assert.NotNull(wink.OnsetDepth.Centimetres);
        }
        Assert.Equal(45, session.Reps[0].Kinematics.DepthCentimetres);
        var fault = Assert.Single(session.Faults);
        Assert.Equal(FaultCode.ThoracolumbarSensorLost, fault.Code);
        Assert.Equal(4, session.Alerts.Count); // one fault alert, three wink alerts
        Assert.Single(session.CalibrationMicroseconds);

        var samples = archive.ReadLiveAngles(id);
        Assert.True(samples.Count > 7 * 60, $"expected over 60 samples per rep at 25 Hz, found {samples.Count}");
        // Peak flexion stored with each rep matches the samples stored for the same rep.
        foreach (var rep in session.Reps)
        {
            var peak = samples.Where(s => s.TimeMicroseconds >= rep.StartMicroseconds && s.TimeMicroseconds <= rep.EndMicroseconds)
                .Max(s => s.FlexionDegrees);
            Assert.Equal(rep.PeakFlexionDegrees, peak, 3);
        }
    }

    [Fact]
    public void A_recorder_disposed_without_complete_leaves_an_incomplete_session_with_its_data()
    {
        using var directory = new TemporaryDirectory();
        var store = SessionStore.OpenInDataDirectory(directory.Path);
        var id = new SessionFixtureBuilder(store).Set(2, [1]).Record(complete: false);

        var session = new SessionArchive(store).FindSession(new SessionReference(id))!;
        Assert.False(session.Complete);
        Assert.Equal(2, session.RepCount);
        Assert.NotNull(session.End);
    }

    [Fact]
    public void Standing_longer_than_the_rest_time_starts_a_new_set_without_being_told()
    {
        using var directory = new TemporaryDirectory();
        var store = SessionStore.OpenInDataDirectory(directory.Path);
        long id;
        using (var recorder = SessionRecorder.Begin(store, DeviceIdentity.Unknown, new RecorderSettings { SetRestSeconds = 20 }))
        {
            id = recorder.SessionId;
            recorder.RepCompleted(Rep(1, startSeconds: 0));
            recorder.RepCompleted(Rep(2, startSeconds: 5));   // 2 s after rep 1 ended
            recorder.RepCompleted(Rep(3, startSeconds: 40));  // 32 s after rep 2 ended
            recorder.RepCompleted(Rep(4, startSeconds: 45));
            recorder.Complete();
        }

        var session = new SessionArchive(store).LoadSession(new SessionReference(id))!;
        Assert.Equal([SetStartReason.First, SetStartReason.Rest], session.Sets.Select(s => s.StartedBy));
        Assert.Equal([1, 1, 2, 2], session.Reps.Select(r => r.SetNumber));
    }

    [Fact]
    public void A_wink_whose_rep_never_completed_is_kept_without_a_rep()
    {
        using var directory = new TemporaryDirectory();
        var store = SessionStore.OpenInDataDirectory(directory.Path);
        long id;
        using (var recorder = SessionRecorder.Begin(store, DeviceIdentity.Unknown))
        {
            id = recorder.SessionId;
            recorder.WinkDetected(new WinkRecord { RepNumber = 1, AlarmMicroseconds = 900_000, OnsetMicroseconds = 700_000, MagnitudeDegrees = 9 });
        }

        var wink = Assert.Single(new SessionArchive(store).LoadSession(new SessionReference(id))!.Winks);
        Assert.Null(wink.RepId);
        Assert.Null(wink.OnsetDepth.Centimetres);
    }

    [Fact]
    public void Appended_data_is_committed_by_the_timer_even_when_nothing_else_arrives()
    {
        using var directory = new TemporaryDirectory();
        var store = SessionStore.OpenInDataDirectory(directory.Path);
        using var recorder = SessionRecorder.Begin(store, DeviceIdentity.Unknown);
        recorder.LiveAngle(1_000, 3f, SquatPhase.Standing, 0);

        Thread.Sleep(RecorderSettings.MaximumCommitInterval + TimeSpan.FromMilliseconds(500));

        // A second connection sees only committed data.
        Assert.Single(new SessionArchive(store).ReadLiveAngles(recorder.SessionId));
    }

    [Fact]
    public void Raw_frames_round_trip_byte_for_byte()
    {
        using var directory = new TemporaryDirectory();
        var store = SessionStore.OpenInDataDirectory(directory.Path);
        byte[] frame = [0x01, 0xFF, 0x00, 0x7E, 0x42];
        long id;
        using (var recorder = SessionRecorder.Begin(store, DeviceIdentity.Unknown))
        {
            id = recorder.SessionId;
            recorder.RawFrame(123, frame);
            recorder.Complete();
        }

        var stored = Assert.Single(new SessionArchive(store).ReadRawFrames(id));
        Assert.Equal(123, stored.TimeMicroseconds);
        Assert.Equal(frame, stored.Frame);
    }

    [Fact]
    public void A_commit_interval_over_one_second_is_rejected()
    {
        using var directory = new TemporaryDirectory();
        var store = SessionStore.OpenInDataDirectory(directory.Path);
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            SessionRecorder.Begin(store, DeviceIdentity.Unknown, new RecorderSettings { CommitInterval = TimeSpan.FromSeconds(2) }));
    }

    [Fact]
    public void Set_conditions_can_be_tagged_after_recording()
    {
        using var directory = new TemporaryDirectory();
        var store = SessionStore.OpenInDataDirectory(directory.Path);
        var id = new SessionFixtureBuilder(store).Set(2).Set(2).Record();
        var archive = new SessionArchive(store);

        Assert.True(archive.TagSet(id, 2, new SetConditions(LoadKilograms: 80, Shoes: "barefoot")));
        Assert.False(archive.TagSet(id, 9, new SetConditions(LoadKilograms: 80)));

        var sets = archive.LoadSession(new SessionReference(id))!.Sets;
        Assert.Equal(80, sets[1].Conditions.LoadKilograms);
        Assert.Equal("barefoot", sets[1].Conditions.Shoes);
        Assert.Null(sets[0].Conditions.LoadKilograms);
    }

    private static RepRecord Rep(int number, double startSeconds) => new()
    {
        RepNumber = number,
        StartMicroseconds = (long)(startSeconds * 1e6),
        BottomMicroseconds = (long)((startSeconds + 1.2) * 1e6),
        EndMicroseconds = (long)((startSeconds + 3) * 1e6),
        PeakFlexionDegrees = 12,
    };
}
