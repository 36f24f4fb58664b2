using System.Globalization;
using System.Net;
using System.Text;
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

        var share = new SvgBarChart("Reps with a wink", "reps with a wink (%)", height: 220);
        var rise = new SvgBarChart("Rise at the alarm", "mean over winks (°)", height: 220);
        var onset = new SvgBarChart("Wink onset depth", "onset (% of rep depth)", height: 220);
        html.Append("<table><tr><th>Set</th><th class=\"text\">Condition</th><th>Reps</th><th>With wink</th>" +
                    "<th>Mean rise at the alarm (°)</th><th>Wink rise per rep (°)</th><th>Onset depth (% of depth)</th><th>Onset depth (cm)</th></tr>\n");
        foreach (var set in finding.Sets)
        {
            var name = CauseGuidance.RoleName(set.Role);
            var css = CssClass(set.Role);
            share.Group(css).Bar(100 * set.WinkShare, css, Invariant($"{name}: {set.WinkReps} of {set.Reps} reps"));
            rise.Group(css).Bar(set.MeanMagnitudeDegrees ?? 0, css,
                set.MeanMagnitudeDegrees is { } m ? Invariant($"{name}: {m:0.0}°") : name + ": no wink");
            onset.Group(css).Bar(set.OnsetDepthFraction.Count > 0 ? 100 * set.OnsetDepthFraction.Mean : 0, css,
                set.OnsetDepthFraction.Count > 0 ? Invariant($"{name}: {100 * set.OnsetDepthFraction.Mean:0} % of depth") : name + ": not measured");
            html.Append(Invariant($"<tr><td>{(set.SetNumber > 0 ? set.SetNumber.ToString(CultureInfo.InvariantCulture) : "–")}</td><td class=\"text\">{Escape(name)}</td>"));
            html.Append(Invariant($"<td>{set.Reps}</td><td>{set.WinkReps} ({100 * set.WinkShare:0}%)</td>"));
            html.Append(Invariant($"<td>{Number(set.MeanMagnitudeDegrees, "0.0")}</td><td>{set.WinkRise.Mean:0.0} ± {set.WinkRise.StandardError:0.0}</td>"));
            html.Append(Invariant($"<td>{(set.OnsetDepthFraction.Count > 0 ? (100 * set.OnsetDepthFraction.Mean).ToString("0", CultureInfo.InvariantCulture) : "–")}</td>"));
            html.Append(Invariant($"<td>{(set.OnsetDepthCentimetres.Count > 0 ? set.OnsetDepthCentimetres.Mean.ToString("0", CultureInfo.InvariantCulture) : "–")}</td></tr>\n"));
        }
        html.Append("</table>\n<div class=\"charts\" style=\"margin-top:12px\">");
        html.Append(share.Render("cause-test-comparison"));
        html.Append(rise.Render("cause-test-rise"));
        if (finding.Sets.Any(s => s.OnsetDepthFraction.Count > 0)) html.Append(onset.Render("cause-test-onset-depth"));
        html.Append("</div>\n<p class=\"meta\">Wink rise per rep counts a rep without a wink as 0° (± one standard error). " +
                    "A change counts only when it is at least 3° (or 5 % of depth for the onset) and more than twice its standard error; see docs/coach.md.</p>\n");
    }

    private static string CssClass(CauseTestRole role) => role switch
    {
        CauseTestRole.WideStance => "wide",
        CauseTestRole.HeelsRaised => "heels",
        _ => "usual",
    };

    private static string Number(double? value, string format) => value?.ToString(format, CultureInfo.InvariantCulture) ?? "–";

    private static string Escape(string text) => WebUtility.HtmlEncode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
