namespace WinkSensor.Host.Reports;

/// <summary>Maps data values onto a pixel range and picks round tick values (1, 2 or 5 times a power of ten).</summary>
internal sealed class AxisScale
{
    /// <param name="wholeNumbers">Ticks only at whole numbers (e.g. session ids).</param>
    public AxisScale(double dataMinimum, double dataMaximum, double pixelStart, double pixelEnd, int targetTicks = 5,
        bool wholeNumbers = false)
    {
        if (!double.IsFinite(dataMinimum) || !double.IsFinite(dataMaximum)) (dataMinimum, dataMaximum) = (0, 1);
        if (dataMaximum - dataMinimum < 1e-9) (dataMinimum, dataMaximum) = (dataMinimum - 0.5, dataMaximum + 0.5);
        Step = NiceStep((dataMaximum - dataMinimum) / targetTicks);
        if (wholeNumbers) Step = Math.Max(1, Math.Round(Step));
        Minimum = Math.Floor(dataMinimum / Step) * Step;
        Maximum = Math.Ceiling(dataMaximum / Step) * Step;
        PixelStart = pixelStart;
        PixelEnd = pixelEnd;
    }

    public double Minimum { get; }
    public double Maximum { get; }
    public double Step { get; }
    public double PixelStart { get; }
    public double PixelEnd { get; }

    public double ToPixel(double value) => PixelStart + (value - Minimum) / (Maximum - Minimum) * (PixelEnd - PixelStart);

    public IEnumerable<double> Ticks()
    {
        for (var i = 0; Minimum + i * Step <= Maximum + Step * 1e-6; i++)
            yield return Math.Round(Minimum + i * Step, 10);
    }

    private static double NiceStep(double rough)
    {
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var fraction = rough / power;
        return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
    }
}
