namespace WinkSensor.Host.Coaching;

/// <summary>What one cause-test set showed.</summary>
/// <param name="WinkRise">Wink rise per rep, deg (a rep without a wink counts 0): share and size in one number.</param>
/// <param name="MeanMagnitudeDegrees">Mean wink magnitude over the reps that winked, deg; null without winks.</param>
/// <param name="OnsetDepthFraction">Onset depth as a fraction of the rep's depth, over the winks where it was measured.</param>
/// <param name="OnsetDepthCentimetres">Onset depth in cm, over the winks where it was measured.</param>
public sealed record SetWinkSummary(
    CauseTestRole Role,
    int SetNumber,
    int Reps,
    int WinkReps,
    double? MeanMagnitudeDegrees,
    SampleSpread WinkRise,
    SampleSpread OnsetDepthFraction,
    SampleSpread OnsetDepthCentimetres)
{
    /// <summary>Reps with a wink over all reps, 0..1 (0 for an empty set).</summary>
    public double WinkShare => Reps == 0 ? 0 : (double)WinkReps / Reps;

    public static SetWinkSummary Of(CauseTestSet set)
    {
        var winks = set.Reps.Where(r => r.Wink).ToList();
        var magnitudes = winks.Where(r => r.MagnitudeDegrees is not null).Select(r => r.MagnitudeDegrees!.Value).ToList();
        return new SetWinkSummary(
            set.Role,
            set.SetNumber,
            set.Reps.Count,
            winks.Count,
            magnitudes.Count > 0 ? magnitudes.Average() : null,
            SampleSpread.Of(set.Reps.Select(r => r.WinkRiseDegrees).ToList()),
            SampleSpread.Of(winks.Where(r => r.OnsetDepthFraction is not null).Select(r => r.OnsetDepthFraction!.Value).ToList()),
            SampleSpread.Of(winks.Where(r => r.OnsetDepthCentimetres is not null).Select(r => r.OnsetDepthCentimetres!.Value).ToList()));
    }
}
