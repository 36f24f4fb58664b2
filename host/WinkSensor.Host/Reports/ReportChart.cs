using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ScottPlot;

namespace WinkSensor.Host.Reports;

/// <summary>
/// A ScottPlot plot dressed in the report's colours and font, embedded as inline SVG (vector: sharp at any zoom and in
/// print, and a few kB per chart). Add data through <see cref="Plot"/>, then call <see cref="ToInlineSvg"/>.
/// </summary>
internal sealed partial class ReportChart
{
    /// <summary>Sans-serif fonts tried in order; the first one this machine has is used for the chart text.</summary>
    private static readonly string[] PreferredFonts = ["Segoe UI", "Helvetica Neue", "Helvetica", "Arial", "DejaVu Sans", "Liberation Sans"];

    private static readonly Lazy<string> ChartFont = new(() => PreferredFonts.FirstOrDefault(name =>
        string.Equals(Fonts.GetTypeface(name, false, false)?.FamilyName, name, StringComparison.OrdinalIgnoreCase)) ?? Fonts.Sans);

    /// <summary>
    /// False when this machine has no font the chart library can find (e.g. a Linux server with nothing in
    /// /usr/share/fonts): the charts are then drawn without any text, so the report says how to fix it.
    /// </summary>
    public static bool CanDrawText => Fonts.GetTypeface(ChartFont.Value, false, false) is { GlyphCount: > 0 };

    private readonly string title;
    private readonly int width, height;

    /// <param name="width">Pixels (CSS px); the chart scales down on narrow screens.</param>
    public ReportChart(string title, string xAxisLabel, string yAxisLabel, int width, int height)
    {
        this.title = title;
        this.width = width;
        this.height = height;
        Plot = new Plot();
        Plot.Font.Set(ChartFont.Value);
        Plot.FigureBackground.Color = Colors.White;
        Plot.DataBackground.Color = Colors.White;
        Plot.Title(title, 14);
        Plot.XLabel(xAxisLabel, 12);
        Plot.Axes.Bottom.Label.IsVisible = xAxisLabel.Length > 0;
        Plot.YLabel(yAxisLabel, 12);
        Plot.Axes.Color(Colour(ChartColours.Muted));
        Plot.Axes.Title.Label.ForeColor = Colour(ChartColours.Ink);
        Plot.Axes.FrameColor(Colour(ChartColours.Axis));
        foreach (var axis in new IAxis[] { Plot.Axes.Bottom, Plot.Axes.Left })
        {
            axis.Label.Bold = false;
            axis.TickLabelStyle.FontSize = 11;
            axis.TickGenerator = Ticks();
        }
        Plot.Axes.Top.FrameLineStyle.Width = 0;
        Plot.Axes.Right.FrameLineStyle.Width = 0;
        Plot.Grid.MajorLineColor = Colour(ChartColours.Grid);
        Plot.Legend.FontSize = 11;
        Plot.Legend.FontColor = Colour(ChartColours.Ink);
        Plot.Legend.ShadowColor = Colors.Transparent;
        Plot.Legend.OutlineColor = Colour(ChartColours.Line);
    }

    public Plot Plot { get; }

    /// <summary>Ticks at whole numbers only on the x axis (it counts things, e.g. session ids).</summary>
    public ReportChart WholeNumbersOnX()
    {
        Plot.Axes.Bottom.TickGenerator = Ticks(wholeNumbers: true);
        return this;
    }

    /// <summary>Round major ticks and no minor ticks (grid lines already guide the eye; each minor tick costs an SVG path).</summary>
    private static ScottPlot.TickGenerators.NumericAutomatic Ticks(bool wholeNumbers = false) => new()
    {
        IntegerTicksOnly = wholeNumbers,
        MinorTickGenerator = new ScottPlot.TickGenerators.EvenlySpacedMinorTickGenerator(1),
    };

    public static Color Colour(string hex) => Color.FromHex(hex);

    /// <summary>
    /// The chart as an &lt;svg&gt; element for an HTML page: labelled for screen readers, with ids made unique in the
    /// page (ScottPlot numbers its clip paths from a process-wide counter, so two reports would otherwise differ and
    /// two charts in one page could clash), without the XML prolog and namespace URLs that inline SVG does not need.
    /// </summary>
    public string ToInlineSvg(string chartId)
    {
        var svg = Plot.GetSvgXml(width, height);
        svg = XmlProlog().Replace(svg, "");
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in IdAttribute().Matches(svg))
            ids.TryAdd(match.Groups[1].Value, Invariant($"{chartId}-{ids.Count + 1}"));
        svg = IdReference().Replace(svg, match => ids.TryGetValue(match.Groups[2].Value, out var unique)
            ? match.Groups[1].Value + unique + match.Groups[3].Value
            : match.Value);
        svg = SpaceBetweenTags().Replace(svg, "><");
        svg = SpaceAroundText().Replace(svg, ">$1<");
        svg = Tag().Replace(svg, tag => Compact(tag.Value));
        var opening = Invariant($"<svg class=\"chart\" data-chart=\"{Escape(chartId)}\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-label=\"{Escape(title)}\"><title>{Escape(title)}</title>");
        return SvgOpening().Replace(svg, opening, 1).Trim();
    }

    [GeneratedRegex(@"^<\?xml[^>]*\?>\s*")]
    private static partial Regex XmlProlog();

    /// <summary>
    /// Shrinks one tag without changing the drawing: coordinates to 0.01 px, the SVG default miter limit left out, and
    /// a text's per-letter positions reduced to where it starts (the browser spaces the letters of the same font itself).
    /// </summary>
    private static string Compact(string tag)
    {
        tag = tag.Replace(" stroke-miterlimit=\"4\"", "", StringComparison.Ordinal);
        tag = LetterPositions().Replace(tag, "$1=\"$2\"");
        return LongDecimal().Replace(tag, "$1");
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex("\\b([xy])=\"([-0-9.]+),[^\"]*\"")]
    private static partial Regex LetterPositions();

    [GeneratedRegex(@"(\d\.\d\d)\d+")]
    private static partial Regex LongDecimal();

    [GeneratedRegex("<svg [^>]*>")]
    private static partial Regex SvgOpening();

    [GeneratedRegex("\\bid=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();

    [GeneratedRegex("(\\bid=\"|url\\(#|href=\"#)([^\")]+)([\")])")]
    private static partial Regex IdReference();

    [GeneratedRegex(@">\s+<")]
    private static partial Regex SpaceBetweenTags();

    [GeneratedRegex(@">\s*([^<>]*?)\s*<")]
    private static partial Regex SpaceAroundText();

    private static string Escape(string text) => WebUtility.HtmlEncode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
