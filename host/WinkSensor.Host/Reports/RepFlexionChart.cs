using System.Globalization;
using ScottPlot;
using WinkSensor.Host.Storage;

namespace WinkSensor.Host.Reports;

/// <summary>
/// Flexion over one rep (seconds from the rep's start) with its bottom, and for a wink its onset and the alarm, marked
/// as vertical lines; the rep's key numbers are folded under it.
/// </summary>
internal static class RepFlexionChart
{
    public static string Render(StoredRep rep, IReadOnlyList<StoredWink> winks, IReadOnlyList<(double Seconds, double FlexionDegrees)> points)
    {
        var title = Invariant($"Set {rep.SetNumber}, rep {rep.RepNumber}: peak {rep.PeakFlexionDegrees:0.0}°{(rep.Wink ? " (wink)" : "")}");
        var chart = new ReportChart(title, "s from rep start", "flexion (°)", 400, 230);
        var plot = chart.Plot;
        if (points.Count > 0)
        {
            var line = plot.Add.ScatterLine(points.Select(p => p.Seconds).ToArray(), points.Select(p => p.FlexionDegrees).ToArray(),
                ReportChart.Colour(ChartColours.Flexion));
            line.LineWidth = 2;
        }
        else
        {
            plot.Axes.SetLimitsY(0, 10);
        }
        var bottom = Seconds(rep.BottomMicroseconds, rep.StartMicroseconds);
        Marker(plot, bottom, ChartColours.Bottom, LinePattern.Dotted);
        var numbers = new ChartNumbers("Numbers", "What", "Time (s from rep start)", "Value")
            .Row(false, "peak flexion", "", Invariant($"{rep.PeakFlexionDegrees:0.0}°"))
            .Row(false, "bottom of the rep", Invariant($"{bottom:0.00}"), "");
        foreach (var wink in winks)
        {
            var onset = Seconds(wink.OnsetMicroseconds, rep.StartMicroseconds);
            var alarm = Seconds(wink.AlarmMicroseconds, rep.StartMicroseconds);
            Marker(plot, onset, ChartColours.Onset, LinePattern.Dashed);
            Marker(plot, alarm, ChartColours.Wink, LinePattern.Solid);
            numbers.Row(true, "wink onset", Invariant($"{onset:0.00}"),
                    wink.OnsetDepth.Centimetres is { } cm ? Invariant($"{cm:0} cm depth") : "depth not measured")
                .Row(true, "alarm (buzz)", Invariant($"{alarm:0.00}"),
                    Invariant($"+{wink.MagnitudeDegrees:0.0}°, {(wink.AlarmMicroseconds - wink.OnsetMicroseconds) / 1000.0:0} ms after onset"));
        }
        return chart.ToInlineSvg(Invariant($"rep-{rep.RepNumber}")) + numbers.Render();
    }

    private static void Marker(Plot plot, double seconds, string colour, LinePattern pattern)
    {
        var line = plot.Add.VerticalLine(seconds, 1.5f, ReportChart.Colour(colour), pattern);
        line.ExcludeFromLegend = true;
    }

    private static double Seconds(long microseconds, long origin) => (microseconds - origin) / 1e6;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
