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
        Assert.DoesNotMatch(new Regex(@"url\((?!#)"), html); // only references to elements inside the page (chart clip paths)
        Assert.DoesNotContain("<?xml", html);
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("<style>", html);
    }

    [Fact]
    public void Chart_element_ids_are_unique_in_the_page_and_every_reference_finds_its_element()
    {
        var html = Build(store.FirstId);

        var ids = Regex.Matches(html, "\\bid=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var references = Regex.Matches(html, @"url\(#([^)]+)\)").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(references);
        Assert.All(references, reference => Assert.Contains(reference, ids));
    }

    [Fact]
    public void The_same_session_gives_the_same_report_bytes()
    {
        // ScottPlot numbers clip paths from a process-wide counter; the report renumbers them per chart.
        Assert.Equal(Build(store.FirstId), Build(store.FirstId));
    }

    [Fact]
    public void Report_has_a_flexion_chart_per_rep_with_onset_and_alarm_marked_on_winking_reps()
    {
        var html = Build(store.FirstId);

        var winking = 0;
        for (var rep = 1; rep <= 9; rep++)
        {
            var chart = Chart(html, $"rep-{rep}");
            // One flexion trace per rep: one point per stored sample in its window (2.5 s at 25 Hz = 63 samples).
            var trace = Regex.Matches(chart, "<path [^>]*stroke=\"#2563EB\"[^>]*d=\"([^\"]+)\"", RegexOptions.IgnoreCase);
            Assert.Single(trace);
            Assert.Equal(63, Regex.Matches(trace[0].Groups[1].Value, "[ML]").Count);
            var onset = Regex.IsMatch(chart, "(fill|stroke)=\"#EA580C\"", RegexOptions.IgnoreCase); // dashed orange line
            var alarm = Regex.IsMatch(chart, "stroke=\"#DC2626\"", RegexOptions.IgnoreCase); // solid red line
            Assert.Equal(onset, alarm);
            Assert.Equal(onset, chart.Contains("(wink)</title>"));
            if (onset) winking++;
        }
        Assert.Equal(3, winking);
        Assert.Equal(3, Regex.Matches(html, "<tr class=\"wink\"><td class=\"text\">wink onset</td>").Count);
        Assert.Equal(3, Regex.Matches(html, "<tr class=\"wink\"><td class=\"text\">alarm \\(buzz\\)</td>").Count);
    }

    [Fact]
    public void Report_has_the_per_set_summary_and_the_trend_across_sessions()
    {
        var html = Build(store.FirstId);

        // Nine bars, the three reps with a wink in the wink colour, with a legend saying so and the numbers under it.
        var bars = Chart(html, "peak-flexion-per-rep");
        Assert.Equal(3 + 1, Regex.Matches(bars, "<rect fill=\"#DC2626\"", RegexOptions.IgnoreCase).Count); // bars + legend swatch
        Assert.Equal(6 + 1, Regex.Matches(bars, "<rect fill=\"#2563EB\"", RegexOptions.IgnoreCase).Count);
        Assert.Contains(">rep with a wink</text>", bars);
        Assert.Contains(">set 1</text>", bars);
        Assert.Contains(">set 2</text>", bars);
        var numbers = Numbers(html, "peak-flexion-per-rep");
        Assert.Equal(9, Regex.Matches(numbers, "<tr( class=\"wink\")?><td class=\"text\">[12]</td>").Count);
        Assert.Equal(3, Regex.Matches(numbers, "<tr class=\"wink\">").Count);
        Assert.Contains("60 kg, stance 45 cm", html);

        Chart(html, "trend-peak-flexion");
        Chart(html, "trend-onset-depth");
        // Three sessions with reps → three trend points per trend chart, and three rows of numbers.
        Assert.Equal(3, Regex.Matches(Chart(html, "trend-wink-share"), "<ellipse ").Count);
        Assert.Equal(3, Regex.Matches(Numbers(html, "trend-wink-share"), "<tr><td").Count);
        Assert.Contains($"<td class=\"text\">{store.FirstId} (this session)</td>", Numbers(html, "trend-wink-share"));
    }

    /// <summary>The inline SVG of one chart; fails when the report has no such chart.</summary>
    internal static string Chart(string html, string chartId)
    {
        var chart = Regex.Match(html, $"<svg class=\"chart\" data-chart=\"{Regex.Escape(chartId)}\".*?</svg>", RegexOptions.Singleline);
        Assert.True(chart.Success, $"the report has no chart {chartId}");
        return chart.Value;
    }

    /// <summary>The numbers table folded under one chart.</summary>
    internal static string Numbers(string html, string chartId)
    {
        var numbers = Regex.Match(html, $"data-chart=\"{Regex.Escape(chartId)}\".*?</svg><details class=\"numbers\">(.*?)</details>", RegexOptions.Singleline);
        Assert.True(numbers.Success, $"no numbers under chart {chartId}");
        return numbers.Groups[1].Value;
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
