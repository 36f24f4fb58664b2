using WinkSensor.Host.Reports;
using WinkSensor.Host.Storage;
using WinkSensor.Host.Tests.Fixtures;

namespace WinkSensor.Host.Tests.Reports;

/// <summary>The report's cause-test comparison (sets tagged for it) and its trend per condition across sessions.</summary>
public sealed class CauseTestReportTests
{
    private static readonly SetConditions Usual = new(HeelsRaised: false, LoadKilograms: 0, Note: "cause test: usual stance");
    private static readonly SetConditions Wide = new(ToeAngleDegrees: 30, HeelsRaised: false, LoadKilograms: 0, Note: "cause test: wide stance");
    private static readonly SetConditions Heels = new(HeelsRaised: true, LoadKilograms: 0);

    private static string Report(SessionStore store, long id)
    {
        var archive = new SessionArchive(store);
        return SessionReportBuilder.Build(archive.LoadSession(new SessionReference(id))!, archive.ReadLiveAngles(id), archive.ReadTrend(),
            new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero), archive.ReadSetTrend());
    }

    [Fact]
    public void A_cause_test_session_shows_the_verdict_and_the_per_set_comparison_with_onset_depth()
    {
        using var directory = new TemporaryDirectory();
        var store = SessionStore.Open(directory.File("sessions.sqlite"));
        var id = new SessionFixtureBuilder(store)
            .Set(5, [1, 2, 3, 4, 5], Usual).Set(5, [], Wide).Set(5, [1, 2, 3, 4, 5], Heels).Record();

        var html = Report(store, id);

        Assert.Contains("Your wink looks hip- and stance-related", html);
        Assert.Contains("data-chart=\"cause-test-comparison\"", html);
        Assert.Contains("data-chart=\"cause-test-onset-depth\"", html);
        Assert.Contains("<title>usual stance: 5 of 5 reps</title>", html);
        Assert.Contains("<title>wide stance, toes out: 0 of 5 reps</title>", html);
    }

    [Fact]
    public void A_session_without_cause_test_tags_has_no_comparison()
    {
        using var directory = new TemporaryDirectory();
        var store = SessionStore.Open(directory.File("sessions.sqlite"));
        var id = new SessionFixtureBuilder(store).Set(5, [1]).Set(5, [2], new SetConditions(LoadKilograms: 60)).Record();

        Assert.DoesNotContain("Cause test", Report(store, id));
    }

    [Fact]
    public void The_trend_per_condition_follows_each_condition_across_sessions()
    {
        using var directory = new TemporaryDirectory();
        var store = SessionStore.Open(directory.File("sessions.sqlite"));
        new SessionFixtureBuilder(store).StartedAt(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero))
            .Set(5, [1, 2, 3, 4, 5], Usual).Set(4, [], Heels).Record();
        var latest = new SessionFixtureBuilder(store).StartedAt(new DateTimeOffset(2026, 11, 8, 9, 0, 0, TimeSpan.Zero))
            .Set(5, [1, 2], Usual with { Note = "another note" }).Set(4, [1], Heels).Record();

        var html = Report(store, latest);

        Assert.Contains("<h2>Trend per condition</h2>", html);
        Assert.Contains("<td class=\"text\">0 kg, heels flat</td><td>2</td><td>10</td><td>100% (s. 1)</td><td>40% (s. 2)</td>", html);
        Assert.Contains("<td class=\"text\">0 kg, heels raised</td><td>2</td><td>8</td><td>0% (s. 1)</td><td>25% (s. 2)</td>", html);
        Assert.Contains("data-chart=\"trend-per-condition-wink-share\"", html);
        Assert.Contains("data-chart=\"trend-per-condition-onset-depth\"", html);
    }
}
