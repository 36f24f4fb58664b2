namespace WinkSensor.Host.Coaching;

/// <summary>
/// The guided cause test's decision rule (docs/coach.md). Each change (wide stance, heels raised) is compared with the
/// usual stance on the wink rise per rep (share of reps with a wink and their size in one number: a rep without a
/// wink counts 0°) and, when the wearable measured it in both sets, on how deep in the squat the wink began.
/// A difference counts only when it is at least a practical size AND more than twice its standard error (larger than
/// the rep-to-rep scatter would make by chance). The change that helped points to the cause; when both helped, the
/// one that helped clearly more; otherwise the test says it cannot tell, and why.
/// </summary>
public static class CauseAnalysis
{
    /// <summary>Fewer reps than this in any set and the test cannot tell.</summary>
    public const int MinimumRepsPerSet = 3;

    /// <summary>The usual stance must wink in at least this many reps for a change to have something to remove.</summary>
    public const int MinimumUsualStanceWinks = 2;

    /// <summary>Smallest change in wink rise per rep that counts, deg.</summary>
    public const double SmallestWinkRiseChangeDegrees = 3;

    /// <summary>Smallest change in onset depth that counts, as a fraction of the rep's depth.</summary>
    public const double SmallestOnsetDepthFractionChange = 0.05;

    /// <summary>Smallest change in onset depth that counts when only centimetres were measured, cm.</summary>
    public const double SmallestOnsetDepthCentimetresChange = 3;

    /// <summary>Onset depths needed in each of two sets to compare them.</summary>
    public const int MinimumOnsetDepths = 2;

    public static CauseFinding Analyse(IReadOnlyList<CauseTestSet> sets)
    {
        var summaries = Enum.GetValues<CauseTestRole>()
            .Select(role => sets.FirstOrDefault(s => s.Role == role))
            .Where(set => set is not null)
            .Select(set => SetWinkSummary.Of(set!))
            .ToList();
        var usual = summaries.FirstOrDefault(s => s.Role == CauseTestRole.UsualStance);
        var wide = summaries.FirstOrDefault(s => s.Role == CauseTestRole.WideStance);
        var heels = summaries.FirstOrDefault(s => s.Role == CauseTestRole.HeelsRaised);

        CauseFinding Undetermined(CauseReason reason, ChangeEffect? wideEffect = null, ChangeEffect? heelsEffect = null) =>
            new(CauseVerdict.Undetermined, reason, summaries, wideEffect, heelsEffect);

        if (usual is null || wide is null || heels is null) return Undetermined(CauseReason.SetMissing);
        if (summaries.Any(s => s.Reps < MinimumRepsPerSet)) return Undetermined(CauseReason.TooFewReps);
        if (summaries.All(s => s.WinkReps == 0)) return Undetermined(CauseReason.NoWinks);
        var wideEffect = Effect(usual, wide);
        var heelsEffect = Effect(usual, heels);
        if (usual.WinkReps < MinimumUsualStanceWinks) return Undetermined(CauseReason.WinkTooRareInUsualStance, wideEffect, heelsEffect);

        CauseFinding Found(CauseVerdict verdict, CauseReason reason) => new(verdict, reason, summaries, wideEffect, heelsEffect);
        switch (wideEffect.Helped, heelsEffect.Helped)
        {
            case (false, false):
                return Undetermined(CauseReason.NeitherChangeHelped, wideEffect, heelsEffect);
            case (true, false):
                return Found(CauseVerdict.HipAndStance, CauseReason.OnlyWideStanceHelped);
            case (false, true):
                return Found(CauseVerdict.Ankle, CauseReason.OnlyHeelsRaisedHelped);
        }
        // Both helped: the one that left less wink, or failing that the deeper onset, else a tie.
        var (heelsMinusWide, clear) = wide.WinkRise.Compare(heels.WinkRise, SmallestWinkRiseChangeDegrees);
        if (!clear && OnsetDeeper(wide, heels) is { } onset && onset.BeyondNoise)
            (heelsMinusWide, clear) = (-onset.Difference, true);
        if (!clear) return Undetermined(CauseReason.BothHelpedEqually, wideEffect, heelsEffect);
        return heelsMinusWide < 0
            ? Found(CauseVerdict.Ankle, CauseReason.HeelsRaisedHelpedMore)
            : Found(CauseVerdict.HipAndStance, CauseReason.WideStanceHelpedMore);
    }

    private static ChangeEffect Effect(SetWinkSummary usual, SetWinkSummary changed)
    {
        var (riseChange, riseClear) = usual.WinkRise.Compare(changed.WinkRise, SmallestWinkRiseChangeDegrees);
        var onset = OnsetDeeper(usual, changed);
        double? fractionChange = Both(usual.OnsetDepthFraction, changed.OnsetDepthFraction) ? changed.OnsetDepthFraction.Mean - usual.OnsetDepthFraction.Mean : null;
        double? centimetresChange = Both(usual.OnsetDepthCentimetres, changed.OnsetDepthCentimetres) ? changed.OnsetDepthCentimetres.Mean - usual.OnsetDepthCentimetres.Mean : null;
        var kind = (riseClear, riseChange < 0) switch
        {
            (true, true) => changed.WinkReps == 0 ? ChangeEffectKind.Removed : ChangeEffectKind.Reduced,
            (true, false) => ChangeEffectKind.Worse,
            _ => onset is { BeyondNoise: true } shift
                ? shift.Difference > 0 ? ChangeEffectKind.MovedDeeper : ChangeEffectKind.Worse
                : ChangeEffectKind.NoClearChange,
        };
        return new ChangeEffect(changed.Role, kind, riseChange, fractionChange, centimetresChange);
    }

    /// <summary>How much deeper <paramref name="other"/>'s winks began than <paramref name="reference"/>'s (fraction of
    /// depth when both have it, else cm); null when the onset depth was not measured often enough in both.</summary>
    private static (double Difference, bool BeyondNoise)? OnsetDeeper(SetWinkSummary reference, SetWinkSummary other)
    {
        if (Both(reference.OnsetDepthFraction, other.OnsetDepthFraction))
            return reference.OnsetDepthFraction.Compare(other.OnsetDepthFraction, SmallestOnsetDepthFractionChange);
        if (Both(reference.OnsetDepthCentimetres, other.OnsetDepthCentimetres))
            return reference.OnsetDepthCentimetres.Compare(other.OnsetDepthCentimetres, SmallestOnsetDepthCentimetresChange);
        return null;
    }

    private static bool Both(SampleSpread first, SampleSpread second) =>
        first.Count >= MinimumOnsetDepths && second.Count >= MinimumOnsetDepths;
}
