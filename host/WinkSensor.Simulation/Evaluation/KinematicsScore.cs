using WinkSensor.Host.Evaluation;

namespace WinkSensor.Simulation.Evaluation;

/// <summary>Measured minus true value of one quantity over many reps, with the summary figures the report prints.</summary>
public sealed record ErrorSample(IReadOnlyList<double> Errors)
{
    public int Count => Errors.Count;

    /// <summary>Root mean square error; NaN when nothing was compared.</summary>
    public double Rmse => Count == 0 ? double.NaN : Math.Sqrt(Errors.Sum(e => e * e) / Count);

    /// <summary>Mean error (bias); NaN when nothing was compared.</summary>
    public double Mean => Count == 0 ? double.NaN : Errors.Average();

    /// <summary>95th percentile of the absolute error; NaN when nothing was compared.</summary>
    public double AbsoluteP95 => DetectionScore.Percentile(Errors.Select(Math.Abs).ToList(), 0.95);

    public static ErrorSample Of(IEnumerable<ErrorSample> parts) => new(parts.SelectMany(p => p.Errors).ToList());
}

/// <summary>
/// Depth and speed per rep against the simulator's truth, over the detected reps matched to true reps.
/// Depth: the sacrum sensor's drop (truth: the S2 skin point's, <c>sacrum_drop_cm</c>), cm. Velocities: the sacrum's
/// over the concentric phase, m/s. Onset depth: how far below standing the sacrum was at the reported wink onset
/// against the truth at the true onset, cm (so it includes the onset's timing error).
/// </summary>
public sealed record KinematicsScore(ErrorSample DepthCentimetres, ErrorSample MeanConcentricVelocityMetersPerSecond,
    ErrorSample PeakConcentricVelocityMetersPerSecond, ErrorSample OnsetDepthCentimetres, int RepsNotMeasured)
{
    public static KinematicsScore Of(IEnumerable<KinematicsScore> parts)
    {
        var list = parts.ToList();
        return new KinematicsScore(
            ErrorSample.Of(list.Select(p => p.DepthCentimetres)),
            ErrorSample.Of(list.Select(p => p.MeanConcentricVelocityMetersPerSecond)),
            ErrorSample.Of(list.Select(p => p.PeakConcentricVelocityMetersPerSecond)),
            ErrorSample.Of(list.Select(p => p.OnsetDepthCentimetres)),
            list.Sum(p => p.RepsNotMeasured));
    }
}
