using System.Globalization;
using ScottPlot;

namespace WinkSensor.Host.Reports;

/// <summary>
/// One value per session (x: session id, whole numbers) as lines with dots, one line per series, with this session
/// marked by a dashed line; the numbers are folded under it, one row per session.
/// </summary>
internal sealed class TrendChart(string title, string yAxisLabel, long currentSessionId, int width = 420, int height = 230)
{
    private readonly List<(string Name, string Colour, IReadOnlyList<(long SessionId, double Value)> Points)> series = [];
    private (double Minimum, double Maximum)? includedY;

    public TrendChart Series(string name, string colour, IReadOnlyList<(long SessionId, double Value)> points)
    {
        series.Add((name, colour, points));
        return this;
    }

    /// <summary>Keeps this range inside the y axis (e.g. 0–100 for a share in %).</summary>
    public TrendChart IncludeY(double minimum, double maximum)
    {
        includedY = (minimum, maximum);
        return this;
    }

    public string Render(string chartId)
    {
        var chart = new ReportChart(title, "session", yAxisLabel, width, height).WholeNumbersOnX();
        var plot = chart.Plot;
        foreach (var (_, colour, points) in series.Where(s => s.Points.Count > 0))
        {
            var line = plot.Add.Scatter(points.Select(p => (double)p.SessionId).ToArray(), points.Select(p => p.Value).ToArray(),
                ReportChart.Colour(colour));
            line.LineWidth = 2;
            line.MarkerSize = 7;
        }
        var current = plot.Add.VerticalLine(currentSessionId, 1.5f, ReportChart.Colour(ChartColours.CurrentSession), LinePattern.Dashed);
        current.ExcludeFromLegend = true;
        if (includedY is { } range)
        {
            plot.Axes.AutoScale();
            var limits = plot.Axes.GetLimits();
            var bottom = Math.Min(limits.Bottom, range.Minimum);
            var top = Math.Max(limits.Top, range.Maximum);
            var pad = (top - bottom) * 0.04;
            plot.Axes.SetLimitsY(bottom - pad, top + pad);
        }
        return chart.ToInlineSvg(chartId) + Numbers();
    }

    private string Numbers()
    {
        var headers = new[] { "Session" }.Concat(series.Count == 1 ? [yAxisLabel] : series.Select(s => s.Name)).ToArray();
        var numbers = new ChartNumbers("Numbers", headers);
        foreach (var sessionId in series.SelectMany(s => s.Points.Select(p => p.SessionId)).Distinct().Order())
        {
            var cells = new List<string> { sessionId == currentSessionId ? Invariant($"{sessionId} (this session)") : Invariant($"{sessionId}") };
            foreach (var (_, _, points) in series)
                cells.Add(points.Where(p => p.SessionId == sessionId).Select(p => p.Value.ToString("0.#", CultureInfo.InvariantCulture))
                    .FirstOrDefault() ?? "–");
            numbers.Row(false, [.. cells]);
        }
        return numbers.Render();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
