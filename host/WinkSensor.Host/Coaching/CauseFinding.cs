namespace WinkSensor.Host.Coaching;

/// <summary>What the cause test points to.</summary>
public enum CauseVerdict
{
    /// <summary>The data cannot tell (see <see cref="CauseFinding.Reason"/>).</summary>
    Undetermined,
    /// <summary>The wide, toes-out stance moved the wink deeper or removed it: room at the hip is what runs out.</summary>
    HipAndStance,
    /// <summary>Raising the heels moved the wink deeper or removed it: ankle bend is what runs out.</summary>
    Ankle,
}

/// <summary>Why the verdict is what it is.</summary>
public enum CauseReason
{
    /// <summary>Only the wide stance helped.</summary>
    OnlyWideStanceHelped,
    /// <summary>Only raised heels helped.</summary>
    OnlyHeelsRaisedHelped,
    /// <summary>Both helped; the wide stance clearly more.</summary>
    WideStanceHelpedMore,
    /// <summary>Both helped; raised heels clearly more.</summary>
    HeelsRaisedHelpedMore,
    /// <summary>Both helped and neither clearly more.</summary>
    BothHelpedEqually,
    /// <summary>Neither change moved the wink beyond the rep-to-rep scatter.</summary>
    NeitherChangeHelped,
    /// <summary>A set has fewer reps than <see cref="CauseAnalysis.MinimumRepsPerSet"/>.</summary>
    TooFewReps,
    /// <summary>No rep of any set winked.</summary>
    NoWinks,
    /// <summary>The usual stance winked in fewer than <see cref="CauseAnalysis.MinimumUsualStanceWinks"/> reps: nothing to remove.</summary>
    WinkTooRareInUsualStance,
    /// <summary>One of the three sets is missing.</summary>
    SetMissing,
}

/// <summary>The cause test's result: the verdict, why, and the per-set numbers and per-change effects behind it.</summary>
/// <param name="Sets">One summary per set present, usual stance first.</param>
/// <param name="WideStance">The wide stance's effect; null when it could not be judged (missing set, too few reps, no winks).</param>
/// <param name="HeelsRaised">Raised heels' effect; null likewise.</param>
public sealed record CauseFinding(
    CauseVerdict Verdict,
    CauseReason Reason,
    IReadOnlyList<SetWinkSummary> Sets,
    ChangeEffect? WideStance,
    ChangeEffect? HeelsRaised)
{
    public SetWinkSummary? Set(CauseTestRole role) => Sets.FirstOrDefault(s => s.Role == role);
}
