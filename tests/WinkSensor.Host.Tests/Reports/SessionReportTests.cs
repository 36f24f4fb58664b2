using System.Text.RegularExpressions;
using WinkSensor.Host.Reports;
using WinkSensor.Host.Storage;
using WinkSensor.Host.Tests.Fixtures;

namespace WinkSensor.Host.Tests.Reports;

public sealed class SessionReportTests : IClassFixture<FilledStore>
{
    private readonly FilledStore store;

    public SessionReportTests(FilledStore store)
    {
        this.store = store;
    }

    private string Build(long sessionId)
    {
        var archive = new SessionArchive(store.Store);
        return SessionReportBuilder.Build(archive.LoadSession(new SessionReference(sessionId))!, archive.ReadLiveAngles(sessionId),
            archive.ReadTrend(), new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Report_is_self_contained_with_no_urls_and_no_external_resources()
    {
        var html = Build(store.FirstId);

        Assert.DoesNotMatch(new Regex("https?:", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex(@"\b(src|href)\s*=", RegexOptions.IgnoreCase), html);
        Assert.DoesNotContain("<link", html);
        Assert.DoesNotContain("@import", html);
        Assert.DoesNotContain("url(", html);
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("<style>", html);
    }

    [Fact]
    public void Report_has_a_flexion_chart_per_rep_with_onset_and_alarm_marked_on_winking_reps()
    {
        var html = Build(store.FirstId);

        for (var rep = 1; rep <= 9; rep++)
            Assert.Contains($"data-chart=\"rep-{rep}\"", html);
        Assert.Equal(3, Regex.Matches(html, "class=\"marker onset\"").Count);
        Assert.Equal(3, Regex.Matches(html, "class=\"marker alarm\"").Count);
        Assert.Equal(9, Regex.Matches(html, "class=\"series flexion\"").Count);
        // Each flexion line has one point per stored sample in its window (2.5 s at 25 Hz = 63 samples).
        var firstLine = Regex.Match(html, "class=\"series flexion\" points=\"([^\"]+)\"").Groups[1].Value;
        Assert.Equal(63, firstLine.Split(' ').Length);
    }

    [Fact]
    public void Report_has_the_per_set_summary_and_the_trend_across_sessions()
    {
        var html = Build(store.FirstId);

        Assert.Contains("data-chart=\"peak-flexion-per-rep\"", html);
        Assert.Equal(9, Regex.Matches(html, "<rect class=\"bar (wink|clean)\"").Count);
        Assert.Equal(3, Regex.Matches(html, "<rect class=\"bar wink\"").Count);
        Assert.Contains("60 kg, stance 45 cm", html);
        Assert.Contains("data-chart=\"trend-wink-share\"", html);
        Assert.Contains("data-chart=\"trend-peak-flexion\"", html);
        Assert.Contains("data-chart=\"trend-onset-depth\"", html);
        // Three sessions with reps → three trend points per trend chart.
        var trend = Regex.Match(html, "data-chart=\"trend-wink-share\".*?</svg>", RegexOptions.Singleline).Value;
        Assert.Equal(3, Regex.Matches(trend, "<circle ").Count);
    }

    [Fact]
    public void User_text_is_escaped_in_the_report()
    {
        using var directory = new TemporaryDirectory();
        var own = SessionStore.OpenInDataDirectory(directory.Path);
        var id = new SessionFixtureBuilder(own).Set(1, [], new SetConditions(Shoes: "<script>alert(1)</script>")).Record(notes: "a & b");
        var archive = new SessionArchive(own);
        var html = SessionReportBuilder.Build(archive.LoadSession(new SessionReference(id))!, archive.ReadLiveAngles(id),
            archive.ReadTrend(), DateTimeOffset.UnixEpoch);

        Assert.DoesNotContain("<script>alert(1)</script>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.Contains("a &amp; b", html);
        Assert.Contains("trend appears once two sessions", html);
    }
}
