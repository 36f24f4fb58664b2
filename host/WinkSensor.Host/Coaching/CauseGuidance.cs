using System.Globalization;

namespace WinkSensor.Host.Coaching;

/// <summary>The cause test's result in plain words, with the numbers behind it (for the console and the report).</summary>
public static class CauseGuidance
{
    public static string RoleName(CauseTestRole role) => role switch
    {
        CauseTestRole.UsualStance => "usual stance",
        CauseTestRole.WideStance => "wide stance, toes out",
        CauseTestRole.HeelsRaised => "heels raised",
        _ => role.ToString(),
    };

    /// <summary>One line per set: reps with a wink, their size, where they began.</summary>
    public static string SetLine(SetWinkSummary set)
    {
        var line = Invariant($"{Capitalised(RoleName(set.Role))}{(set.SetNumber > 0 ? Invariant($" (set {set.SetNumber})") : "")}: ")
            + Invariant($"wink in {set.WinkReps} of {set.Reps} reps ({100 * set.WinkShare:0} %)");
        if (set.MeanMagnitudeDegrees is { } magnitude) line += Invariant($", mean rise at the alarm {magnitude:0.0}°");
        line += Invariant($", wink rise per rep {Rise(set)}");
        if (Onset(set) is { } onset) line += ", began " + onset;
        return line + ".";
    }

    /// <summary>The headline: what the test points to, in one sentence.</summary>
    public static string Headline(CauseFinding finding) => finding.Verdict switch
    {
        CauseVerdict.HipAndStance => "Your wink looks hip- and stance-related: a wider stance with the toes out moved it.",
        CauseVerdict.Ankle => "Your wink looks ankle-related: raising the heels moved it.",
        _ => "The test cannot tell what causes your wink" + finding.Reason switch
        {
            CauseReason.NeitherChangeHelped => ": neither change moved it.",
            CauseReason.BothHelpedEqually => ": both changes helped about as much.",
            CauseReason.NoWinks => ": no rep winked.",
            CauseReason.WinkTooRareInUsualStance => ": the wink was too rare in your usual stance.",
            CauseReason.TooFewReps => ": too few reps in a set.",
            CauseReason.SetMissing => ": a set is missing.",
            _ => ".",
        },
    };

    /// <summary>The explanation after the headline: what changed, with numbers, and what it suggests.</summary>
    public static IReadOnlyList<string> Explanation(CauseFinding finding)
    {
        var lines = new List<string>();
        var usual = finding.Set(CauseTestRole.UsualStance);
        string EffectLine(ChangeEffect effect) =>
            Invariant($"{Capitalised(RoleName(effect.Change))}: {Describe(effect, usual, finding.Set(effect.Change))}.");
        switch (finding.Reason)
        {
            case CauseReason.SetMissing:
                lines.Add("The test needs three sets (usual stance, wide stance with toes out, heels raised); missing: "
                    + string.Join(", ", Enum.GetValues<CauseTestRole>().Where(r => finding.Set(r) is null).Select(RoleName)) + ".");
                return lines;
            case CauseReason.TooFewReps:
                lines.Add(Invariant($"Every set needs at least {CauseAnalysis.MinimumRepsPerSet} reps to compare; ")
                    + string.Join("; ", finding.Sets.Where(s => s.Reps < CauseAnalysis.MinimumRepsPerSet)
                        .Select(s => Invariant($"{RoleName(s.Role)} has {s.Reps}"))) + ". Run the test again.");
                return lines;
            case CauseReason.NoWinks:
                lines.Add("No rep winked in any of the three sets, so there is nothing for the changes to remove. If you "
                    + "usually wink, squat to your usual depth in the test.");
                return lines;
        }
        if (finding.WideStance is { } wide) lines.Add(EffectLine(wide));
        if (finding.HeelsRaised is { } heels) lines.Add(EffectLine(heels));
        lines.Add(finding.Reason switch
        {
            CauseReason.OnlyWideStanceHelped or CauseReason.WideStanceHelpedMore =>
                "This points to the hip: in your usual stance the thighs run out of room against the pelvis near the "
                + "bottom, and the pelvis tucks under to go further. Feet a little wider, toes turned out and knees "
                + "following the toes give the thighs that room; squat that way and check the wink again.",
            CauseReason.OnlyHeelsRaisedHelped or CauseReason.HeelsRaisedHelpedMore =>
                "This points to the ankles: with the heels flat the shins cannot lean far enough forward, so near the "
                + "bottom the pelvis tucks under to keep you balanced. Squat shoes with a raised heel or a thin plate "
                + "under the heels help straight away; calf and ankle mobility work helps over time.",
            CauseReason.BothHelpedEqually =>
                "Both changes helped and neither clearly more, so the test cannot separate hip from ankle. Both are "
                + "worth using; repeating the test with more reps per set may separate them.",
            CauseReason.NeitherChangeHelped =>
                "Neither change moved the wink beyond the rep-to-rep scatter, so it points neither to your stance nor to "
                + "your ankles. Squatting to just above the depth where the wink begins is safe in the meantime; a coach "
                + "or physiotherapist can look at other reasons (for example how you brace and control the lower back).",
            CauseReason.WinkTooRareInUsualStance => Invariant(
                $"In your usual stance the wink came in {usual?.WinkReps ?? 0} of {usual?.Reps ?? 0} reps; at least ")
                + Invariant($"{CauseAnalysis.MinimumUsualStanceWinks} are needed before a change can be said to remove it. ")
                + "Squat to your usual depth, or add reps, and run the test again.",
            _ => "",
        });
        return lines;
    }

    /// <summary>Everything, as lines of text: headline, per-set numbers, explanation.</summary>
    public static IReadOnlyList<string> Lines(CauseFinding finding) =>
        [Headline(finding), .. finding.Sets.Select(SetLine), .. Explanation(finding)];

    private static string Describe(ChangeEffect effect, SetWinkSummary? usual, SetWinkSummary? changed)
    {
        var rise = usual is null || changed is null ? "" : Invariant($" (wink rise per rep {Rise(usual)} → {Rise(changed)}");
        var onset = effect.OnsetDepthFractionChange is { } fraction
            ? Invariant($", onset {(fraction >= 0 ? "+" : "")}{100 * fraction:0} % of depth")
            : effect.OnsetDepthCentimetresChange is { } cm ? Invariant($", onset {(cm >= 0 ? "+" : "")}{cm:0.0} cm deeper") : "";
        var numbers = rise.Length > 0 ? rise + onset + ")" : "";
        var counts = usual is null || changed is null ? "" : Invariant($"winks in {usual.WinkReps} of {usual.Reps} reps → {changed.WinkReps} of {changed.Reps}");
        return effect.Kind switch
        {
            ChangeEffectKind.Removed => "removed the wink, " + counts + numbers,
            ChangeEffectKind.Reduced => "made the wink rarer or smaller, " + counts + numbers,
            ChangeEffectKind.MovedDeeper => "the wink still came but began deeper in the squat, " + counts + numbers,
            ChangeEffectKind.Worse => "made the wink worse, " + counts + numbers,
            _ => "no clear change (within the rep-to-rep scatter), " + counts + numbers,
        };
    }

    private static string Rise(SetWinkSummary set) => Invariant($"{set.WinkRise.Mean:0.0}° ± {set.WinkRise.StandardError:0.0}°");

    private static string? Onset(SetWinkSummary set)
    {
        var fraction = set.OnsetDepthFraction.Count > 0 ? Invariant($"at {100 * set.OnsetDepthFraction.Mean:0} % of the rep's depth") : null;
        var centimetres = set.OnsetDepthCentimetres.Count > 0 ? Invariant($"{set.OnsetDepthCentimetres.Mean:0} cm down") : null;
        return (fraction, centimetres) switch
        {
            (not null, not null) => fraction + " (" + centimetres + ")",
            (not null, null) => fraction,
            (null, not null) => centimetres,
            _ => null,
        };
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
