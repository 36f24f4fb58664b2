using System.Net;
using System.Text;

namespace WinkSensor.Host.Reports;

/// <summary>The numbers behind a chart, as a small table folded under it (for reading exact values and for screen readers).</summary>
internal sealed class ChartNumbers(string summary, params string[] headers)
{
    private readonly List<(string[] Cells, bool Wink)> rows = [];

    /// <param name="wink">Highlights the row as a rep (or set) with a wink.</param>
    public ChartNumbers Row(bool wink, params string[] cells)
    {
        rows.Add((cells, wink));
        return this;
    }

    public string Render()
    {
        var html = new StringBuilder("<details class=\"numbers\"><summary>");
        html.Append(Escape(summary)).Append("</summary><table><tr>");
        for (var i = 0; i < headers.Length; i++)
            html.Append(i == 0 ? "<th class=\"text\">" : "<th>").Append(Escape(headers[i])).Append("</th>");
        html.Append("</tr>");
        foreach (var (cells, wink) in rows)
        {
            html.Append(wink ? "<tr class=\"wink\">" : "<tr>");
            for (var i = 0; i < cells.Length; i++)
                html.Append(i == 0 ? "<td class=\"text\">" : "<td>").Append(Escape(cells[i])).Append("</td>");
            html.Append("</tr>");
        }
        return html.Append("</table></details>").ToString();
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
