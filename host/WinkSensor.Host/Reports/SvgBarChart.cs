using System.Globalization;
using System.Net;
using System.Text;

namespace WinkSensor.Host.Reports;

/// <summary>Bars in groups (e.g. reps in sets), drawn as inline SVG; each bar carries its own CSS class and tooltip.</summary>
internal sealed class SvgBarChart(string title, string yAxisLabel, int height = 240)
{
    private const double Left = 52, Right = 14, Top = 30, Bottom = 40, BarWidth = 14, BarGap = 4, GroupGap = 18;

    private readonly List<(string Label, List<(double Value, string CssClass, string Tooltip)> Bars)> groups = [];

    public SvgBarChart Group(string label)
    {
        groups.Add((label, []));
        return this;
    }

    public SvgBarChart Bar(double value, string cssClass, string tooltip)
    {
        if (groups.Count == 0) Group("");
        groups[^1].Bars.Add((value, cssClass, tooltip));
        return this;
    }

    public string Render(string chartId)
    {
        var barCount = groups.Sum(g => g.Bars.Count);
        var width = (int)Math.Max(320, Left + Right + barCount * (BarWidth + BarGap) + groups.Count * GroupGap);
        var values = groups.SelectMany(g => g.Bars.Select(b => b.Value)).Append(0).ToList();
        var y = new AxisScale(values.Min(), values.Max(), height - Bottom, Top);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"""<svg class="chart" data-chart="{Escape(chartId)}" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" aria-label="{Escape(title)}">""");
        svg.Append(CultureInfo.InvariantCulture, $"""<text class="chart-title" x="{Left}" y="18">{Escape(title)}</text>""");
        foreach (var tick in y.Ticks())
        {
            var py = F(y.ToPixel(tick));
            svg.Append(CultureInfo.InvariantCulture,
                $"""<line class="grid" x1="{Left}" x2="{width - Right}" y1="{py}" y2="{py}"/><text class="tick" x="{Left - 6}" y="{F(y.ToPixel(tick) + 4)}" text-anchor="end">{tick.ToString("0.##", CultureInfo.InvariantCulture)}</text>""");
        }
        var zero = y.ToPixel(0);
        var cursor = Left + GroupGap / 2;
        foreach (var (label, bars) in groups)
        {
            var groupStart = cursor;
            foreach (var (value, cssClass, tooltip) in bars)
            {
                var top = Math.Min(zero, y.ToPixel(value));
                var barHeight = Math.Max(1, Math.Abs(y.ToPixel(value) - zero));
                svg.Append(CultureInfo.InvariantCulture,
                    $"""<rect class="bar {cssClass}" x="{F(cursor)}" y="{F(top)}" width="{BarWidth}" height="{F(barHeight)}"><title>{Escape(tooltip)}</title></rect>""");
                cursor += BarWidth + BarGap;
            }
            svg.Append(CultureInfo.InvariantCulture,
                $"""<text class="tick" x="{F((groupStart + cursor - BarGap) / 2)}" y="{height - Bottom + 16}" text-anchor="middle">{Escape(label)}</text>""");
            cursor += GroupGap;
        }
        svg.Append(CultureInfo.InvariantCulture,
            $"""<line class="axis" x1="{Left}" x2="{width - Right}" y1="{F(zero)}" y2="{F(zero)}"/><line class="axis" x1="{Left}" x2="{Left}" y1="{Top}" y2="{height - Bottom}"/>""");
        svg.Append(CultureInfo.InvariantCulture,
            $"""<text class="axis-label" transform="translate(12 {F((Top + height - Bottom) / 2)}) rotate(-90)" text-anchor="middle">{Escape(yAxisLabel)}</text>""");
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
