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
        Assert.Contains("<td class=\"text\">usual stance</td><td>5</td><td>5 (100%)</td>", html);
        Assert.Contains("<td class=\"text\">wide stance, toes out</td><td>5</td><td>0 (0%)</td>", html);
        // One bar per set in its condition's colour: usual stance (grey) and heels raised (green) at 100 %, wide stance at 0.
        var share = SessionReportTests.Chart(html, "cause-test-comparison");
        Assert.Contains(">usual</text>", share);
        Assert.Contains(">wide</text>", share);
        Assert.Contains(">heels</text>", share);
        var usual = BarHeight(share, "#6B7280");
        Assert.True(usual > 50, $"usual stance bar {usual} px");
        Assert.Equal(usual, BarHeight(share, "#16A34A"), 1);
        Assert.True(BarHeight(share, "#2563EB") < 1);
        SessionReportTests.Chart(html, "cause-test-rise");
        SessionReportTests.Chart(html, "cause-test-onset-depth");
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
        // One line per condition in the legend's colours, and every session's value in the numbers.
        var share = SessionReportTests.Chart(html, "trend-per-condition-wink-share");
        Assert.Contains("stroke=\"#7C3AED\"", share, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("stroke=\"#2563EB\"", share, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<i class=\"condition-0\"></i>0 kg, heels flat", html);
        Assert.Contains("<i class=\"condition-1\"></i>0 kg, heels raised", html);
        var numbers = SessionReportTests.Numbers(html, "trend-per-condition-wink-share");
        Assert.Contains("<th>0 kg, heels flat</th><th>0 kg, heels raised</th>", numbers);
        Assert.Contains("<td class=\"text\">1</td><td>100</td><td>0</td>", numbers);
        Assert.Contains("<td class=\"text\">2 (this session)</td><td>40</td><td>25</td>", numbers);
        SessionReportTests.Chart(html, "trend-per-condition-onset-depth");
    }

    /// <summary>Height in px of the one bar drawn in this colour (0 when the chart has none).</summary>
    private static double BarHeight(string chart, string colour)
    {
        var bar = System.Text.RegularExpressions.Regex.Match(chart, $"<rect fill=\"{colour}\"[^>]* height=\"([0-9.]+)\"",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        return bar.Success ? double.Parse(bar.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }
}
