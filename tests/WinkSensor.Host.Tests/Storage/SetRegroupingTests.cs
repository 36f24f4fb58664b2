using WinkSensor.Host.Storage;
using WinkSensor.Host.Tests.Fixtures;

namespace WinkSensor.Host.Tests.Storage;

/// <summary>Regrouping reps into sets at known device times, and the per-set trend rows.</summary>
public sealed class SetRegroupingTests
{
    // The fixture's reps start 4 s apart from 5 s on the device clock: rep n starts at 5 + 4 (n - 1) s.
    private static readonly SetConditions Usual = new(HeelsRaised: false, Note: "usual");
    private static readonly SetConditions Wide = new(ToeAngleDegrees: 30, HeelsRaised: false);
    private static readonly SetConditions Heels = new(HeelsRaised: true);

    [Fact]
    public void Reps_go_to_the_set_that_started_last_before_them_and_the_sets_carry_their_tags()
    {
        using var directory = new TemporaryDirectory();
        var store = SessionStore.Open(directory.File("sessions.sqlite"));
        var id = new SessionFixtureBuilder(store).Set(9, winkingReps: [1, 2, 3, 4]).Record();
        var archive = new SessionArchive(store);

        Assert.True(archive.GroupRepsIntoSets(id,
            [new SetStart(16_000_000, Wide), new SetStart(0, Usual), new SetStart(28_000_000, Heels)]));

        var session = archive.LoadSession(new SessionReference(id))!;
        Assert.Equal([1, 2, 3], session.Sets.Select(s => s.SetNumber));
        Assert.Equal([Usual, Wide, Heels], session.Sets.Select(s => s.Conditions));
        Assert.Equal([SetStartReason.First, SetStartReason.Told, SetStartReason.Told], session.Sets.Select(s => s.StartedBy));
        Assert.Equal([1, 1, 1, 2, 2, 2, 3, 3, 3], session.Reps.Select(r => r.SetNumber));
        Assert.Equal(3, archive.FindSession(new SessionReference(id))!.SetCount);
    }

    [Fact]
    public void An_unknown_session_is_refused_and_nothing_changes()
    {
        using var directory = new TemporaryDirectory();
        var store = SessionStore.Open(directory.File("sessions.sqlite"));
        var id = new SessionFixtureBuilder(store).Set(3).Record();
        var archive = new SessionArchive(store);

        Assert.False(archive.GroupRepsIntoSets(id + 1, [new SetStart(0, Usual)]));

        Assert.Single(archive.LoadSession(new SessionReference(id))!.Sets);
    }

    [Fact]
    public void The_set_trend_counts_reps_winks_and_onset_depths_per_set()
    {
        using var directory = new TemporaryDirectory();
        var store = SessionStore.Open(directory.File("sessions.sqlite"));
        new SessionFixtureBuilder(store).Set(4, winkingReps: [1, 2], conditions: Usual).Set(3, conditions: Heels).Record();

        var trend = new SessionArchive(store).ReadSetTrend();

        Assert.Equal(2, trend.Count);
        Assert.Equal((4, 2, 2), (trend[0].RepCount, trend[0].WinkRepCount, trend[0].OnsetDepthCount));
        Assert.Equal(Usual, trend[0].Conditions);
        Assert.InRange(trend[0].MeanOnsetDepthCentimetres!.Value, 1, SessionFixtureBuilder.RepDepthCentimetres);
        Assert.Equal((3, 0, 0), (trend[1].RepCount, trend[1].WinkRepCount, trend[1].OnsetDepthCount));
        Assert.Null(trend[1].MeanOnsetDepthCentimetres);
    }
}
