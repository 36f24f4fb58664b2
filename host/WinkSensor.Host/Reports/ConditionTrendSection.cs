using System.Globalization;
using System.Net;
using System.Text;
using WinkSensor.Host.Storage;

namespace WinkSensor.Host.Reports;

/// <summary>
/// The trend across sessions per condition (the sets' tags, notes aside): share of reps with a wink and mean wink
/// onset depth, one line per condition, and a table from the first session to the latest.
/// </summary>
internal static class ConditionTrendSection
{
    /// <summary>One condition in one session.</summary>
    private sealed record Point(long SessionId, int Reps, int WinkReps, int OnsetCount, double? OnsetCentimetres)
    {
        public double Share => Reps == 0 ? 0 : (double)WinkReps / Reps;
    }

    public static void Append(StringBuilder html, long currentSessionId, IReadOnlyList<SetTrendPoint> sets)
    {
        html.Append("<h2>Trend per condition</h2>\n");
        var conditions = sets.Where(s => s.RepCount > 0)
            .GroupBy(s => Label(s.Conditions))
            .Select(g => (Label: g.Key, Points: g.GroupBy(s => s.SessionId).Select(Combine).OrderBy(p => p.SessionId).ToList()))
            .OrderByDescending(c => c.Points.Count).ThenBy(c => c.Label, StringComparer.Ordinal)
            .ToList();
        if (conditions.Count == 0)
        {
            html.Append("<p class=\"empty\">No reps recorded yet.</p>\n");
            return;
        }
        html.Append("<p class=\"meta\">Sets grouped by their tags (notes aside); one point per session (x: session id); the dashed line marks this session.</p>\n");
        html.Append("<table><tr><th class=\"text\">Condition</th><th>Sessions</th><th>Reps</th><th>With wink, first session</th>" +
                    "<th>With wink, latest</th><th>Onset depth (cm), first</th><th>Onset depth (cm), latest</th></tr>\n");
        foreach (var (label, points) in conditions)
        {
            var first = points[0];
            var latest = points[^1];
            html.Append(Invariant($"<tr><td class=\"text\">{Escape(label)}</td><td>{points.Count}</td><td>{points.Sum(p => p.Reps)}</td>"));
            html.Append(Invariant($"<td>{100 * first.Share:0}% (s. {first.SessionId})</td><td>{100 * latest.Share:0}% (s. {latest.SessionId})</td>"));
            html.Append(Invariant($"<td>{Centimetres(first)}</td><td>{Centimetres(latest)}</td></tr>\n"));
        }
        html.Append("</table>\n");
        if (conditions.Max(c => c.Points.Count) < 2)
        {
            html.Append("<p class=\"empty\">The charts appear once a condition has been recorded in two sessions.</p>\n");
            return;
        }
        var share = new TrendChart("Reps with a wink, per condition", "reps with a wink (%)", currentSessionId, width: 520, height: 250)
            .IncludeY(0, 100);
        var onset = new TrendChart("Wink onset depth, per condition", "onset depth (cm)", currentSessionId, width: 520, height: 250);
        var legend = new StringBuilder("<p class=\"legend\">");
        for (int i = 0; i < conditions.Count; i++)
        {
            var (label, points) = conditions[i];
            var colour = ChartColours.Conditions[i % ChartColours.Conditions.Count];
            share.Series(label, colour, points.Select(p => (p.SessionId, 100 * p.Share)).ToList());
            onset.Series(label, colour, points.Where(p => p.OnsetCentimetres is not null)
                .Select(p => (p.SessionId, p.OnsetCentimetres!.Value)).ToList());
            legend.Append(Invariant($"<span><i class=\"condition-{i % ChartColours.Conditions.Count}\"></i>{Escape(label)}</span>"));
        }
        html.Append(legend).Append("</p>\n<div class=\"charts\">");
        html.Append("<div class=\"chart-card\">").Append(share.Render("trend-per-condition-wink-share")).Append("</div>");
        if (conditions.Any(c => c.Points.Any(p => p.OnsetCentimetres is not null)))
            html.Append("<div class=\"chart-card\">").Append(onset.Render("trend-per-condition-onset-depth")).Append("</div>");
        html.Append("</div>\n");
    }

    /// <summary>The tags that define a condition; untagged sets are grouped together.</summary>
    public static string Label(SetConditions conditions)
    {
        var text = TextFormat.Conditions(conditions with { Note = null });
        return text == "—" ? "untagged" : text;
    }

    private static Point Combine(IGrouping<long, SetTrendPoint> session)
    {
        int onsetCount = session.Sum(s => s.OnsetDepthCount);
        double? onset = onsetCount == 0 ? null
            : session.Where(s => s.MeanOnsetDepthCentimetres is not null).Sum(s => s.MeanOnsetDepthCentimetres!.Value * s.OnsetDepthCount) / onsetCount;
        return new Point(session.Key, session.Sum(s => s.RepCount), session.Sum(s => s.WinkRepCount), onsetCount, onset);
    }

    private static string Centimetres(Point point) =>
        point.OnsetCentimetres?.ToString("0", CultureInfo.InvariantCulture) ?? "–";

    private static string Escape(string text) => WebUtility.HtmlEncode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
