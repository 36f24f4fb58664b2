using WinkSensor.Host.Coaching;

namespace WinkSensor.Host.Tests.Coaching;

/// <summary>The cause test's decision rule on constructed sets: each verdict and each "cannot tell" reason.</summary>
public sealed class CauseAnalysisTests
{
    private static readonly double[] Sizes = [12, 15, 13, 16, 14];

    /// <summary>A set of <paramref name="reps"/> reps of which the first <paramref name="winks"/> wink (sizes vary like real reps).</summary>
    private static CauseTestSet Set(CauseTestRole role, int winks, int reps = 5, double sizeScale = 1, double? onsetFraction = null) =>
        new(role, Enumerable.Range(0, reps).Select(i => i < winks
            ? new CauseTestRep(true, Sizes[i % Sizes.Length] * sizeScale, onsetFraction is { } f ? 40 * f : null, onsetFraction + 0.01 * (i % 3))
            : CauseTestRep.Clean).ToList());

    private static CauseFinding Analyse(CauseTestSet usual, CauseTestSet wide, CauseTestSet heels) =>
        CauseAnalysis.Analyse([usual, wide, heels]);

    [Fact]
    public void Wide_stance_removing_the_wink_points_to_the_hip()
    {
        var finding = Analyse(Set(CauseTestRole.UsualStance, 5), Set(CauseTestRole.WideStance, 0), Set(CauseTestRole.HeelsRaised, 5));

        Assert.Equal(CauseVerdict.HipAndStance, finding.Verdict);
        Assert.Equal(CauseReason.OnlyWideStanceHelped, finding.Reason);
        Assert.Equal(ChangeEffectKind.Removed, finding.WideStance!.Kind);
        Assert.Equal(ChangeEffectKind.NoClearChange, finding.HeelsRaised!.Kind);
    }

    [Fact]
    public void Raised_heels_making_the_wink_rarer_points_to_the_ankles()
    {
        var finding = Analyse(Set(CauseTestRole.UsualStance, 5), Set(CauseTestRole.WideStance, 5), Set(CauseTestRole.HeelsRaised, 1));

        Assert.Equal(CauseVerdict.Ankle, finding.Verdict);
        Assert.Equal(CauseReason.OnlyHeelsRaisedHelped, finding.Reason);
        Assert.Equal(ChangeEffectKind.Reduced, finding.HeelsRaised!.Kind);
    }

    [Fact]
    public void Works_from_share_and_size_alone_when_no_onset_depth_was_measured()
    {
        var finding = Analyse(Set(CauseTestRole.UsualStance, 5), Set(CauseTestRole.WideStance, 5, sizeScale: 0.2), Set(CauseTestRole.HeelsRaised, 5));

        Assert.Null(finding.WideStance!.OnsetDepthFractionChange);
        Assert.Equal(ChangeEffectKind.Reduced, finding.WideStance.Kind);
        Assert.Equal(CauseVerdict.HipAndStance, finding.Verdict);
    }

    [Fact]
    public void An_onset_that_moves_deeper_counts_when_onset_depth_is_measured()
    {
        var finding = Analyse(Set(CauseTestRole.UsualStance, 5, onsetFraction: 0.8), Set(CauseTestRole.WideStance, 5, onsetFraction: 0.8),
            Set(CauseTestRole.HeelsRaised, 5, onsetFraction: 0.95));

        Assert.Equal(ChangeEffectKind.MovedDeeper, finding.HeelsRaised!.Kind);
        Assert.Equal(0.15, finding.HeelsRaised.OnsetDepthFractionChange!.Value, 3);
        Assert.Equal(CauseVerdict.Ankle, finding.Verdict);
    }

    [Fact]
    public void When_both_help_the_one_that_removed_the_wink_wins()
    {
        var finding = Analyse(Set(CauseTestRole.UsualStance, 5), Set(CauseTestRole.WideStance, 5, sizeScale: 0.6), Set(CauseTestRole.HeelsRaised, 0));

        Assert.True(finding.WideStance!.Helped);
        Assert.Equal(CauseVerdict.Ankle, finding.Verdict);
        Assert.Equal(CauseReason.HeelsRaisedHelpedMore, finding.Reason);
    }

    [Fact]
    public void Both_removing_the_wink_cannot_be_told_apart()
    {
        var finding = Analyse(Set(CauseTestRole.UsualStance, 5), Set(CauseTestRole.WideStance, 0), Set(CauseTestRole.HeelsRaised, 0));

        Assert.Equal(CauseVerdict.Undetermined, finding.Verdict);
        Assert.Equal(CauseReason.BothHelpedEqually, finding.Reason);
    }

    [Fact]
    public void A_difference_within_the_rep_to_rep_scatter_is_no_change()
    {
        // 5 of 5 → 4 of 5 with the same sizes: one rep's difference is what chance gives.
        var finding = Analyse(Set(CauseTestRole.UsualStance, 5), Set(CauseTestRole.WideStance, 4), Set(CauseTestRole.HeelsRaised, 4));

        Assert.Equal(ChangeEffectKind.NoClearChange, finding.WideStance!.Kind);
        Assert.Equal(ChangeEffectKind.NoClearChange, finding.HeelsRaised!.Kind);
        Assert.Equal(CauseVerdict.Undetermined, finding.Verdict);
        Assert.Equal(CauseReason.NeitherChangeHelped, finding.Reason);
    }

    [Fact]
    public void A_change_that_adds_winks_is_worse_not_help()
    {
        var finding = Analyse(Set(CauseTestRole.UsualStance, 2), Set(CauseTestRole.WideStance, 5), Set(CauseTestRole.HeelsRaised, 2));

        Assert.Equal(ChangeEffectKind.Worse, finding.WideStance!.Kind);
        Assert.Equal(CauseReason.NeitherChangeHelped, finding.Reason);
    }

    [Theory]
    [InlineData(2, 5, 5, 5, 5, 0, CauseReason.TooFewReps)]
    [InlineData(5, 0, 5, 0, 5, 0, CauseReason.NoWinks)]
    [InlineData(5, 1, 5, 0, 5, 0, CauseReason.WinkTooRareInUsualStance)]
    public void Says_why_it_cannot_tell(int usualReps, int usualWinks, int wideReps, int wideWinks, int heelsReps, int heelsWinks, CauseReason reason)
    {
        var finding = Analyse(Set(CauseTestRole.UsualStance, usualWinks, usualReps), Set(CauseTestRole.WideStance, wideWinks, wideReps),
            Set(CauseTestRole.HeelsRaised, heelsWinks, heelsReps));

        Assert.Equal(CauseVerdict.Undetermined, finding.Verdict);
        Assert.Equal(reason, finding.Reason);
    }

    [Fact]
    public void A_missing_set_is_named()
    {
        var finding = CauseAnalysis.Analyse([Set(CauseTestRole.UsualStance, 5), Set(CauseTestRole.HeelsRaised, 0)]);

        Assert.Equal(CauseReason.SetMissing, finding.Reason);
        Assert.Contains("wide stance", string.Join("\n", CauseGuidance.Lines(finding)));
    }

    [Fact]
    public void Guidance_gives_the_numbers_behind_the_verdict()
    {
        var finding = Analyse(Set(CauseTestRole.UsualStance, 5), Set(CauseTestRole.WideStance, 0), Set(CauseTestRole.HeelsRaised, 5));

        var text = string.Join("\n", CauseGuidance.Lines(finding));

        Assert.Contains("wink in 5 of 5 reps (100 %)", text);
        Assert.Contains("mean rise at the alarm 14.0°", text);
        Assert.Contains("removed the wink, winks in 5 of 5 reps → 0 of 5", text);
        Assert.Contains("hip", CauseGuidance.Headline(finding));
    }
}

/// <summary>When a guided set is over, from the wearable's rep count and clock.</summary>
public sealed class SetCompletionTests
{
    [Fact]
    public void Ends_when_the_reps_asked_for_are_counted_since_the_prompt()
    {
        var set = new SetCompletion(repsAsked: 3, repCountAtPrompt: 5, deviceSecondsAtPrompt: 100, idleSeconds: 8);

        Assert.False(set.Update(6, 104));
        Assert.False(set.Update(7, 108));
        Assert.True(set.Update(8, 112));
        Assert.Equal(3, set.RepsDone);
        Assert.Equal(8, set.RepCountAtEnd);
    }

    [Fact]
    public void A_view_that_lags_and_jumps_past_the_set_still_ends_it_at_the_reps_asked_for()
    {
        var set = new SetCompletion(repsAsked: 5, repCountAtPrompt: 5, deviceSecondsAtPrompt: 30, idleSeconds: 8);

        Assert.False(set.Update(9, 45));
        Assert.True(set.Update(11, 62)); // a burst of late frames: rep 11 (the next set's first) is already counted

        Assert.Equal(10, set.RepCountAtEnd);
    }

    [Fact]
    public void Ends_after_standing_idle_only_once_a_rep_was_done()
    {
        var set = new SetCompletion(repsAsked: 5, repCountAtPrompt: 0, deviceSecondsAtPrompt: 0, idleSeconds: 8);

        Assert.False(set.Update(0, 30)); // no rep yet: waits as long as it takes
        Assert.False(set.Update(1, 34));
        Assert.False(set.Update(1, 41.9));
        Assert.True(set.Update(1, 42));
        Assert.Equal(1, set.RepCountAtEnd);
    }
}
