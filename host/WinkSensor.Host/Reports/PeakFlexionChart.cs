using System.Globalization;
using ScottPlot;
using WinkSensor.Host.Storage;

namespace WinkSensor.Host.Reports;

/// <summary>Peak flexion of every rep as bars grouped by set, reps with a wink in the wink colour, with the numbers under it.</summary>
internal sealed class PeakFlexionChart
{
    private const string Title = "Peak flexion per rep";

    private readonly List<Bar> bars = [];
    private readonly ScottPlot.TickGenerators.NumericManual setLabels = new();
    private readonly ChartNumbers numbers = new("Numbers: peak flexion per rep", "Set", "Rep", "Peak flexion (°)", "Wink");
    private double nextPosition;
    private int setCount;

    public void Set(int setNumber, IReadOnlyList<StoredRep> reps)
    {
        if (reps.Count == 0) return;
        var first = nextPosition;
        foreach (var rep in reps)
        {
            bars.Add(new Bar
            {
                Position = nextPosition++,
                Value = rep.PeakFlexionDegrees,
                FillColor = ReportChart.Colour(rep.Wink ? ChartColours.Wink : ChartColours.Flexion),
                LineWidth = 0,
                Size = 0.75,
            });
            numbers.Row(rep.Wink, Invariant($"{setNumber}"), Invariant($"{rep.RepNumber}"), Invariant($"{rep.PeakFlexionDegrees:0.0}"),
                rep.Wink ? "yes" : "no");
        }
        setLabels.AddMajor((first + nextPosition - 1) / 2, Invariant($"set {setNumber}"));
        nextPosition += 1; // a gap between sets
        setCount++;
    }

    public string Render(string chartId)
    {
        var width = Math.Max(360, 90 + 16 * bars.Count + 16 * setCount);
        var chart = new ReportChart(Title, "", "peak flexion (°)", width, 250);
        chart.Plot.Add.Bars(bars);
        chart.Plot.Axes.Margins(bottom: 0, top: 0.3); // room for the legend above the bars
        chart.Plot.Axes.Bottom.TickGenerator = setLabels;
        chart.Plot.Axes.Bottom.MajorTickStyle.Length = 0;
        chart.Plot.Legend.ManualItems.Add(new LegendItem { LabelText = "rep with a wink", FillColor = ReportChart.Colour(ChartColours.Wink) });
        chart.Plot.Legend.ManualItems.Add(new LegendItem { LabelText = "rep without", FillColor = ReportChart.Colour(ChartColours.Flexion) });
        chart.Plot.ShowLegend(Alignment.UpperRight);
        chart.Plot.Legend.Orientation = Orientation.Horizontal;
        return chart.ToInlineSvg(chartId) + numbers.Render();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
