using System.Globalization;
using System.Net;
using System.Text;
using WinkSensor.Host.Storage;

namespace WinkSensor.Host.Reports;

/// <summary>
/// Builds the review of one session as ONE self-contained HTML file: style, script and charts (ScottPlot, inline SVG) are all
/// inside it and nothing refers to any URL. Sections: summary, per-set table and peak flexion per rep, flexion over time
/// for every rep with wink onset and alarm marked, the cause test's comparison (when the sets are tagged for it), trend
/// across sessions overall and per condition, faults and alerts.
/// </summary>
public static class SessionReportBuilder
{
    /// <summary>Seconds of live angles drawn before a rep's start and after its end.</summary>
    private const double RepMarginSeconds = 0.5;

    /// <param name="setTrend">Every session's sets, for the trend per condition; null leaves that section out.</param>
    public static string Build(SessionDetail session, IReadOnlyList<LiveAngleSample> samples,
        IReadOnlyList<SessionTrendPoint> trend, DateTimeOffset generatedAt, IReadOnlyList<SetTrendPoint>? setTrend = null)
    {
        var summary = session.Summary;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append(Invariant($"<title>WinkSensor session {summary.Id}</title>\n<style>\n{ReportStyle.Css}\n</style>\n</head>\n<body>\n"));
        AppendHeader(html, session);
        if (!ReportChart.CanDrawText)
            html.Append("<p class=\"empty\">The charts below have no text: this computer has no font the chart library can find (on Linux install one, e.g. the package fonts-dejavu-core).</p>\n");
        AppendSets(html, session);
        CauseTestSection.Append(html, session);
        AppendReps(html, session, samples);
        AppendTrend(html, summary.Id, trend);
        if (setTrend is not null) ConditionTrendSection.Append(html, summary.Id, setTrend);
        AppendFaultsAndAlerts(html, session);
        html.Append(Invariant($"""
            <footer>Flexion: lumbopelvic flexion in degrees, positive = lumbar rounding, zero at the standing calibration.
            Times in seconds from the session's first recorded moment. Generated {Escape(generatedAt.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture))} by winksensor.</footer>
            <script>
            {ReportStyle.Script}
            </script>
            </body>
            </html>

            """));
        return html.ToString();
    }

    private static void AppendHeader(StringBuilder html, SessionDetail session)
    {
        var summary = session.Summary;
        var device = summary.Device;
        var badge = summary.Complete
            ? "<span class=\"badge complete\">complete</span>"
            : "<span class=\"badge incomplete\">incomplete: recording was cut off</span>";
        html.Append(Invariant($"<h1>Session {summary.Id} {badge}</h1>\n"));
        html.Append(Invariant($"<div class=\"meta\">{Escape(summary.Start.ToString("dddd d MMMM yyyy, HH:mm 'UTC'", CultureInfo.InvariantCulture))}"));
        if (summary.Duration is { } duration) html.Append(Invariant($" · {Escape(TextFormat.Duration(duration))}"));
        var deviceText = string.Join(", ", new[] { device.Name, device.Address, device.FirmwareVersion is { } f ? "firmware " + f : null }
            .Where(part => !string.IsNullOrEmpty(part)));
        if (deviceText.Length > 0) html.Append(Invariant($" · {Escape(deviceText)}"));
        if (Calibration.CalibrationReminder.State(summary.AccelerometersCalibrated) is { } accelerometers)
            html.Append(Invariant($" · accelerometers {Escape(accelerometers)}"));
        html.Append("</div>\n");
        if (!string.IsNullOrWhiteSpace(summary.Notes)) html.Append(Invariant($"<p>{Escape(summary.Notes)}</p>\n"));
        if (summary.AccelerometersCalibrated == false) html.Append(Invariant($"<p>{Escape(Calibration.CalibrationReminder.Advice)}</p>\n"));

        var reps = session.Reps;
        html.Append("<div class=\"cards\">");
        Card(html, summary.SetCount.ToString(CultureInfo.InvariantCulture), "sets");
        Card(html, summary.RepCount.ToString(CultureInfo.InvariantCulture), "reps");
        Card(html, reps.Count == 0 ? "–" : Invariant($"{summary.WinkRepCount} ({100.0 * summary.WinkRepCount / reps.Count:0}%)"), "reps with a wink");
        Card(html, reps.Count == 0 ? "–" : Invariant($"{reps.Average(r => r.PeakFlexionDegrees):0.0}°"), "mean peak flexion");
        var onsetDepths = session.Winks.Where(w => w.OnsetDepth.Centimetres is not null).Select(w => w.OnsetDepth.Centimetres!.Value).ToList();
        if (onsetDepths.Count > 0) Card(html, Invariant($"{onsetDepths.Average():0} cm"), "mean wink onset depth");
        Card(html, session.Faults.Count.ToString(CultureInfo.InvariantCulture), "faults");
        html.Append("</div>\n");
    }

    private static void AppendSets(StringBuilder html, SessionDetail session)
    {
        html.Append("<h2>Sets</h2>\n");
        if (session.Sets.Count == 0)
        {
            html.Append("<p class=\"empty\">No reps were recorded.</p>\n");
            return;
        }
        html.Append("<table><tr><th>Set</th><th class=\"text\">Began</th><th class=\"text\">Conditions</th><th>Reps</th>" +
                    "<th>With wink</th><th>Mean peak flexion (°)</th><th>Largest peak flexion (°)</th><th>Mean onset depth (cm)</th></tr>\n");
        var chart = new PeakFlexionChart();
        foreach (var set in session.Sets)
        {
            var reps = session.Reps.Where(r => r.SetId == set.Id).ToList();
            var repIds = reps.Select(r => r.Id).ToHashSet();
            var depths = session.Winks.Where(w => w.RepId is { } id && repIds.Contains(id) && w.OnsetDepth.Centimetres is not null)
                .Select(w => w.OnsetDepth.Centimetres!.Value).ToList();
            var winks = reps.Count(r => r.Wink);
            html.Append(Invariant($"<tr><td>{set.SetNumber}</td><td class=\"text\">{Escape(TextFormat.StartReason(set.StartedBy))}</td>"));
            html.Append(Invariant($"<td class=\"text\">{Escape(TextFormat.Conditions(set.Conditions))}</td><td>{reps.Count}</td>"));
            html.Append(Invariant($"<td>{winks}{(reps.Count > 0 ? $" ({100.0 * winks / reps.Count:0}%)" : "")}</td>"));
            html.Append(Invariant($"<td>{(reps.Count > 0 ? reps.Average(r => r.PeakFlexionDegrees).ToString("0.0", CultureInfo.InvariantCulture) : "–")}</td>"));
            html.Append(Invariant($"<td>{(reps.Count > 0 ? reps.Max(r => r.PeakFlexionDegrees).ToString("0.0", CultureInfo.InvariantCulture) : "–")}</td>"));
            html.Append(Invariant($"<td>{(depths.Count > 0 ? depths.Average().ToString("0", CultureInfo.InvariantCulture) : "–")}</td></tr>\n"));
            chart.Set(set.SetNumber, reps);
        }
        html.Append("</table>\n<div class=\"charts\" style=\"margin-top:12px\"><div class=\"chart-card\">");
        html.Append(chart.Render("peak-flexion-per-rep")).Append("</div>");
        html.Append("</div>\n");
    }

    private static void AppendReps(StringBuilder html, SessionDetail session, IReadOnlyList<LiveAngleSample> samples)
    {
        html.Append("<h2>Flexion in each rep</h2>\n");
        if (session.Reps.Count == 0)
        {
            html.Append("<p class=\"empty\">No reps were recorded.</p>\n");
            return;
        }
        html.Append("<p class=\"legend\"><span><i style=\"background:var(--flexion)\"></i>flexion</span>" +
                    "<span><i style=\"background:var(--onset)\"></i>wink onset</span><span><i style=\"background:var(--wink)\"></i>alarm (buzz)</span>" +
                    "<span><i style=\"background:var(--bottom)\"></i>bottom</span>");
        html.Append("<label>Show <select id=\"set-filter\"><option value=\"all\">all sets</option>");
        foreach (var set in session.Sets)
            html.Append(Invariant($"<option value=\"{set.SetNumber}\">set {set.SetNumber}</option>"));
        html.Append("</select></label></p>\n<div class=\"charts\">\n");
        var times = samples.Select(s => s.TimeMicroseconds).ToArray();
        foreach (var rep in session.Reps)
        {
            var from = rep.StartMicroseconds - (long)(RepMarginSeconds * 1e6);
            var to = rep.EndMicroseconds + (long)(RepMarginSeconds * 1e6);
            var first = LowerBound(times, from);
            var points = new List<(double X, double Y)>();
            for (var i = first; i < samples.Count && samples[i].TimeMicroseconds <= to; i++)
                points.Add((Seconds(samples[i].TimeMicroseconds, rep.StartMicroseconds), samples[i].FlexionDegrees));
            html.Append(Invariant($"<div class=\"rep-card\" data-set=\"{rep.SetNumber}\">"));
            html.Append(RepFlexionChart.Render(rep, session.Winks.Where(w => w.RepId == rep.Id).ToList(), points));
            if (points.Count == 0) html.Append("<div class=\"empty\">no live angles recorded for this rep</div>");
            html.Append("</div>\n");
        }
        html.Append("</div>\n");
    }

    private static void AppendTrend(StringBuilder html, long currentSessionId, IReadOnlyList<SessionTrendPoint> trend)
    {
        html.Append("<h2>Trend across sessions</h2>\n");
        var withReps = trend.Where(t => t.RepCount > 0).ToList();
        if (withReps.Count < 2)
        {
            html.Append("<p class=\"empty\">The trend appears once two sessions with reps are recorded.</p>\n");
            return;
        }
        html.Append("<p class=\"meta\">One point per session (x: session id, oldest left); the dashed line marks this session.</p>\n<div class=\"charts\">\n");
        html.Append(TrendCard("Share of reps with a wink", "reps with a wink (%)", "trend-wink-share", currentSessionId,
            withReps.Select(t => (t.SessionId, t.WinkShare * 100)), includeZero: true));
        html.Append(TrendCard("Mean peak flexion", "peak flexion (°)", "trend-peak-flexion", currentSessionId,
            withReps.Select(t => (t.SessionId, t.MeanPeakFlexionDegrees)), includeZero: false));
        if (withReps.Any(t => t.MeanOnsetDepthCentimetres is not null))
            html.Append(TrendCard("Mean wink onset depth", "onset depth (cm)", "trend-onset-depth", currentSessionId,
                withReps.Select(t => (t.SessionId, t.MeanOnsetDepthCentimetres)), includeZero: false));
        html.Append("</div>\n");
    }

    private static string TrendCard(string title, string yLabel, string id, long currentSessionId,
        IEnumerable<(long SessionId, double? Value)> points, bool includeZero)
    {
        var present = points.Where(p => p.Value is not null).Select(p => (p.SessionId, p.Value!.Value)).ToList();
        var chart = new TrendChart(title, yLabel, currentSessionId).Series(title, ChartColours.Trend, present);
        if (includeZero) chart.IncludeY(0, Math.Max(10, present.Count > 0 ? present.Max(p => p.Item2) : 10));
        return "<div class=\"chart-card\">" + chart.Render(id) + "</div>";
    }

    private static void AppendFaultsAndAlerts(StringBuilder html, SessionDetail session)
    {
        if (session.Faults.Count == 0 && session.Alerts.Count == 0) return;
        var origin = session.TimeOriginMicroseconds ?? 0;
        html.Append("<h2>Faults and alerts</h2>\n<table><tr><th>Time (s)</th><th class=\"text\">What</th></tr>\n");
        var rows = session.Faults.Select(f => (f.TimeMicroseconds, Text: "Device fault: " + TextFormat.Fault(f.Code)))
            .Concat(session.Alerts.Select(a => (a.TimeMicroseconds, Text: "Alert (" + a.Kind + "): " + a.Message)))
            .OrderBy(r => r.TimeMicroseconds);
        foreach (var (time, text) in rows)
            html.Append(Invariant($"<tr><td>{Seconds(time, origin):0.0}</td><td class=\"text\">{Escape(text)}</td></tr>\n"));
        html.Append("</table>\n");
    }

    private static void Card(StringBuilder html, string value, string label) =>
        html.Append(Invariant($"<div class=\"card\"><div class=\"value\">{Escape(value)}</div><div class=\"label\">{Escape(label)}</div></div>"));

    private static int LowerBound(long[] sortedTimes, long value)
    {
        var index = Array.BinarySearch(sortedTimes, value);
        if (index < 0) return ~index;
        while (index > 0 && sortedTimes[index - 1] == value) index--;
        return index;
    }

    private static double Seconds(long microseconds, long origin) => (microseconds - origin) / 1e6;

    private static string Escape(string? text) => WebUtility.HtmlEncode(text ?? "");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
