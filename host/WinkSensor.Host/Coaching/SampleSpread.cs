namespace WinkSensor.Host.Coaching;

/// <summary>Mean and standard error of a small sample (sample standard deviation over √n).</summary>
public readonly record struct SampleSpread(int Count, double Mean, double StandardError)
{
    public static SampleSpread Of(IReadOnlyCollection<double> values)
    {
        if (values.Count == 0) return new SampleSpread(0, double.NaN, double.NaN);
        double mean = values.Average();
        double variance = values.Count > 1 ? values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1) : 0;
        return new SampleSpread(values.Count, mean, Math.Sqrt(variance / values.Count));
    }

    /// <summary>
    /// How <paramref name="other"/> differs from this sample: other's mean minus this mean, and whether that difference
    /// is both at least <paramref name="smallestThatMatters"/> and more than twice the standard error of the
    /// difference (√(se₁² + se₂²)), i.e. larger than the rep-to-rep scatter would produce by chance.
    /// </summary>
    public (double Difference, bool BeyondNoise) Compare(SampleSpread other, double smallestThatMatters)
    {
        if (Count == 0 || other.Count == 0) return (double.NaN, false);
        double difference = other.Mean - Mean;
        double standardError = Math.Sqrt(StandardError * StandardError + other.StandardError * other.StandardError);
        return (difference, Math.Abs(difference) >= smallestThatMatters && Math.Abs(difference) > 2 * standardError);
    }
}
