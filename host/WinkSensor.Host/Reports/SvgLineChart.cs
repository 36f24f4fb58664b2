using System.Globalization;
using System.Net;
using System.Text;

namespace WinkSensor.Host.Reports;

/// <summary>A small line chart drawn as inline SVG: axes with round ticks, line series, points, vertical markers.
/// Styling comes from CSS classes in the report's style sheet.</summary>
internal sealed class SvgLineChart(string title, string xAxisLabel, string yAxisLabel, int width = 560, int height = 240)
{
    private const double Left = 52, Right = 14, Top = 30, Bottom = 40;

    private readonly List<(string CssClass, string Name, IReadOnlyList<(double X, double Y)> Points, bool Dots)> series = [];
    private readonly List<(double X, string CssClass, string Label)> markers = [];
    private double? yMinimum, yMaximum;
    private bool wholeNumberX;

    /// <summary>The x axis counts things (e.g. session ids): ticks at whole numbers only.</summary>
    public SvgLineChart WholeNumberX()
    {
        wholeNumberX = true;
        return this;
    }

    public SvgLineChart Line(string name, string cssClass, IReadOnlyList<(double X, double Y)> points, bool dots = false)
    {
        series.Add((cssClass, name, points, dots));
        return this;
    }

    public SvgLineChart Marker(double x, string cssClass, string label)
    {
        markers.Add((x, cssClass, label));
        return this;
    }

    /// <summary>Keeps these values inside the y range (e.g. 0 for a share).</summary>
    public SvgLineChart IncludeY(double minimum, double maximum)
    {
        yMinimum = minimum;
        yMaximum = maximum;
        return this;
    }

    public string Render(string chartId)
    {
        var xs = series.SelectMany(s => s.Points.Select(p => p.X)).Concat(markers.Select(m => m.X)).ToList();
        var ys = series.SelectMany(s => s.Points.Select(p => p.Y)).ToList();
        if (yMinimum is { } low) ys.Add(low);
        if (yMaximum is { } high) ys.Add(high);
        var x = new AxisScale(xs.Count > 0 ? xs.Min() : 0, xs.Count > 0 ? xs.Max() : 1, Left, width - Right,
            wholeNumbers: wholeNumberX);
        var y = new AxisScale(ys.Count > 0 ? ys.Min() : 0, ys.Count > 0 ? ys.Max() : 1, height - Bottom, Top);

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"""<svg class="chart" data-chart="{Escape(chartId)}" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" aria-label="{Escape(title)}">""");
        svg.Append(CultureInfo.InvariantCulture, $"""<text class="chart-title" x="{Left}" y="18">{Escape(title)}</text>""");
        foreach (var tick in y.Ticks())
        {
            var py = y.ToPixel(tick);
            svg.Append(CultureInfo.InvariantCulture,
                $"""<line class="grid" x1="{Left}" x2="{width - Right}" y1="{F(py)}" y2="{F(py)}"/><text class="tick" x="{Left - 6}" y="{F(py + 4)}" text-anchor="end">{Number(tick)}</text>""");
        }
        foreach (var tick in x.Ticks())
        {
            var px = x.ToPixel(tick);
            svg.Append(CultureInfo.InvariantCulture,
                $"""<text class="tick" x="{F(px)}" y="{height - Bottom + 16}" text-anchor="middle">{Number(tick)}</text>""");
        }
        svg.Append(CultureInfo.InvariantCulture,
            $"""<line class="axis" x1="{Left}" x2="{width - Right}" y1="{height - Bottom}" y2="{height - Bottom}"/><line class="axis" x1="{Left}" x2="{Left}" y1="{Top}" y2="{height - Bottom}"/>""");
        svg.Append(CultureInfo.InvariantCulture,
            $"""<text class="axis-label" x="{F((Left + width - Right) / 2)}" y="{height - 6}" text-anchor="middle">{Escape(xAxisLabel)}</text>""");
        svg.Append(CultureInfo.InvariantCulture,
            $"""<text class="axis-label" transform="translate(12 {F((Top + height - Bottom) / 2)}) rotate(-90)" text-anchor="middle">{Escape(yAxisLabel)}</text>""");
        foreach (var (markerX, cssClass, label) in markers)
        {
            var px = F(x.ToPixel(markerX));
            svg.Append(CultureInfo.InvariantCulture,
                $"""<line class="marker {cssClass}" x1="{px}" x2="{px}" y1="{Top}" y2="{height - Bottom}"><title>{Escape(label)}</title></line>""");
        }
        foreach (var (cssClass, name, points, dots) in series)
        {
            if (points.Count == 0) continue;
            var path = string.Join(" ", points.Select(p => F(x.ToPixel(p.X)) + "," + F(y.ToPixel(p.Y))));
            svg.Append(CultureInfo.InvariantCulture,
                $"""<polyline class="series {cssClass}" points="{path}"><title>{Escape(name)}</title></polyline>""");
            if (!dots) continue;
            foreach (var (px, py) in points)
                svg.Append(CultureInfo.InvariantCulture,
                    $"""<circle class="dot {cssClass}" cx="{F(x.ToPixel(px))}" cy="{F(y.ToPixel(py))}" r="3.5"><title>{Escape(name)}: {Number(py)}</title></circle>""");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
