namespace WinkSensor.Host.Evaluation;

/// <summary>What a physiotherapist asks of the wearable, summed over any number of recordings.</summary>
public sealed record DetectionScore(
    int TruthReps,
    int DetectedReps,
    int MatchedReps,
    int TruthWinkReps,
    int DetectedWinkReps,
    int CleanReps,
    int FalseAlarms,
    int RepsInOtherActivities,
    double FlexionRmseDegrees,
    int FlexionSamples,
    IReadOnlyList<double> LatenciesMilliseconds)
{
    public double RepPrecision => DetectedReps == 0 ? 1 : (double)MatchedReps / DetectedReps;

    public double RepRecall => TruthReps == 0 ? 1 : (double)MatchedReps / TruthReps;

    public double RepF1 => RepPrecision + RepRecall == 0 ? 0 : 2 * RepPrecision * RepRecall / (RepPrecision + RepRecall);

    public double WinkSensitivity => TruthWinkReps == 0 ? 1 : (double)DetectedWinkReps / TruthWinkReps;

    public double FalseAlarmsPer100CleanReps => CleanReps == 0 ? (FalseAlarms == 0 ? 0 : double.PositiveInfinity) : 100.0 * FalseAlarms / CleanReps;

    public double LatencyMedianMilliseconds => Percentile(LatenciesMilliseconds, 0.5);

    public double LatencyP95Milliseconds => Percentile(LatenciesMilliseconds, 0.95);

    /// <summary>Linear-interpolated percentile; NaN when there is nothing to rank.</summary>
    public static double Percentile(IReadOnlyList<double> values, double fraction)
    {
        if (values.Count == 0) return double.NaN;
        var sorted = values.OrderBy(v => v).ToArray();
        double position = fraction * (sorted.Length - 1);
        int below = (int)Math.Floor(position);
        int above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
    }
}
