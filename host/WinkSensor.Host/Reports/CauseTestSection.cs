using System.Globalization;
using System.Net;
using System.Text;
using ScottPlot;
using WinkSensor.Host.Coaching;
using WinkSensor.Host.Storage;

namespace WinkSensor.Host.Reports;

/// <summary>
/// The report's cause-test section (for a session whose sets are tagged usual stance / wide stance / heels raised):
/// the verdict in plain words with its numbers, and the per-set comparison as charts and a table.
/// </summary>
internal static class CauseTestSection
{
    public static void Append(StringBuilder html, SessionDetail session)
    {
        if (CauseTestProtocol.SetsOf(session) is not { } sets) return;
        var finding = CauseAnalysis.Analyse(sets);
        html.Append("<h2>Cause test: what moved the wink</h2>\n");
        html.Append(Invariant($"<p class=\"verdict\"><strong>{Escape(CauseGuidance.Headline(finding))}</strong></p>\n<ul>"));
        foreach (var line in CauseGuidance.Explanation(finding)) html.Append(Invariant($"<li>{Escape(line)}</li>"));
        html.Append("</ul>\n");

        var share = new List<(string, string, double)>();
        var rise = new List<(string, string, double)>();
        var onset = new List<(string, string, double)>();
        html.Append("<table><tr><th>Set</th><th class=\"text\">Condition</th><th>Reps</th><th>With wink</th>" +
                    "<th>Mean rise at the alarm (°)</th><th>Wink rise per rep (°)</th><th>Onset depth (% of depth)</th><th>Onset depth (cm)</th></tr>\n");
        foreach (var set in finding.Sets)
        {
            var name = CauseGuidance.RoleName(set.Role);
            var (label, colour) = ShortNameAndColour(set.Role);
            share.Add((label, colour, 100 * set.WinkShare));
            rise.Add((label, colour, set.MeanMagnitudeDegrees ?? 0));
            onset.Add((label, colour, set.OnsetDepthFraction.Count > 0 ? 100 * set.OnsetDepthFraction.Mean : 0));
            html.Append(Invariant($"<tr><td>{(set.SetNumber > 0 ? set.SetNumber.ToString(CultureInfo.InvariantCulture) : "–")}</td><td class=\"text\">{Escape(name)}</td>"));
            html.Append(Invariant($"<td>{set.Reps}</td><td>{set.WinkReps} ({100 * set.WinkShare:0}%)</td>"));
            html.Append(Invariant($"<td>{Number(set.MeanMagnitudeDegrees, "0.0")}</td><td>{set.WinkRise.Mean:0.0} ± {set.WinkRise.StandardError:0.0}</td>"));
            html.Append(Invariant($"<td>{(set.OnsetDepthFraction.Count > 0 ? (100 * set.OnsetDepthFraction.Mean).ToString("0", CultureInfo.InvariantCulture) : "–")}</td>"));
            html.Append(Invariant($"<td>{(set.OnsetDepthCentimetres.Count > 0 ? set.OnsetDepthCentimetres.Mean.ToString("0", CultureInfo.InvariantCulture) : "–")}</td></tr>\n"));
        }
        html.Append("</table>\n<div class=\"charts\" style=\"margin-top:12px\">");
        html.Append(Comparison("Reps with a wink", "reps with a wink (%)", "cause-test-comparison", share));
        html.Append(Comparison("Rise at the alarm", "mean over winks (°)", "cause-test-rise", rise));
        if (finding.Sets.Any(s => s.OnsetDepthFraction.Count > 0))
            html.Append(Comparison("Wink onset depth", "onset (% of rep depth)", "cause-test-onset-depth", onset));
        html.Append("</div>\n<p class=\"meta\">The charts show the table's numbers; a set without a wink has no bar for rise and onset. Wink rise per rep counts a rep without a wink as 0° (± one standard error). " +
                    "A change counts only when it is at least 3° (or 5 % of depth for the onset) and more than twice its standard error; see docs/coach.md.</p>\n");
    }

    /// <summary>One bar per set, in the set's condition colour, labelled with the condition's short name.</summary>
    private static string Comparison(string title, string yLabel, string chartId, IReadOnlyList<(string Label, string Colour, double Value)> sets)
    {
        var chart = new ReportChart(title, "", yLabel, 240, 230);
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        chart.Plot.Add.Bars(sets.Select((set, i) => new Bar
        {
            Position = i, Value = set.Value, FillColor = ReportChart.Colour(set.Colour), LineWidth = 0, Size = 0.6,
        }).ToList());
        for (var i = 0; i < sets.Count; i++) ticks.AddMajor(i, sets[i].Label);
        chart.Plot.Axes.Bottom.TickGenerator = ticks;
        chart.Plot.Axes.Bottom.MajorTickStyle.Length = 0;
        chart.Plot.Axes.Margins(bottom: 0, top: 0.1);
        return "<div class=\"chart-card\">" + chart.ToInlineSvg(chartId) + "</div>";
    }

    private static (string ShortName, string Colour) ShortNameAndColour(CauseTestRole role) => role switch
    {
        CauseTestRole.WideStance => ("wide", ChartColours.WideStance),
        CauseTestRole.HeelsRaised => ("heels", ChartColours.HeelsRaised),
        _ => ("usual", ChartColours.UsualStance),
    };

    private static string Number(double? value, string format) => value?.ToString(format, CultureInfo.InvariantCulture) ?? "–";

    private static string Escape(string text) => WebUtility.HtmlEncode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
