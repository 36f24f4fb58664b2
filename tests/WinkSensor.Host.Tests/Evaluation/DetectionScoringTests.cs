using WinkSensor.Host.Evaluation;

namespace WinkSensor.Host.Tests.Evaluation;

public class DetectionScoringTests
{
    private static readonly TruthRep Clean1 = new(1, 2.0, 3.3, 4.6, false, null, null);
    private static readonly TruthRep Wink2 = new(2, 5.0, 6.4, 7.8, true, 6.1, 6.25);
    private static readonly TruthRep Clean3 = new(3, 8.0, 9.3, 10.6, false, null, null);

    private static ScoredRecording Recording(IReadOnlyList<DetectedRep> reps, IReadOnlyList<DetectedWink> winks,
        IReadOnlyList<TruthActivity>? other = null, IReadOnlyList<double>? errors = null) =>
        new("test", new[] { Clean1, Wink2, Clean3 }, other ?? Array.Empty<TruthActivity>(), reps, winks, errors ?? Array.Empty<double>());

    [Fact]
    public void Perfect_detection_scores_full_marks_and_measures_latency_from_the_threshold_crossing()
    {
        var score = DetectionScoring.Score(new[] { Recording(
            new[] { new DetectedRep(1, 2.1, 3.2, 4.5, 4, false), new DetectedRep(2, 5.1, 6.4, 7.7, 15, true), new DetectedRep(3, 8.1, 9.2, 10.5, 5, false) },
            new[] { new DetectedWink(2, 6.27, 6.12, 9) }) });
        Assert.Equal(1.0, score.RepPrecision);
        Assert.Equal(1.0, score.RepRecall);
        Assert.Equal(1.0, score.WinkSensitivity);
        Assert.Equal(0, score.FalseAlarms);
        Assert.Equal(2, score.CleanReps);
        Assert.Equal(20, score.LatencyMedianMilliseconds, 6);
    }

    [Fact]
    public void A_missed_rep_and_an_extra_rep_lower_recall_and_precision()
    {
        var score = DetectionScoring.Score(new[] { Recording(
            new[] { new DetectedRep(1, 2.1, 3.2, 4.5, 4, false), new DetectedRep(2, 11.0, 11.5, 12.0, 3, false) },
            Array.Empty<DetectedWink>()) });
        Assert.Equal(0.5, score.RepPrecision);
        Assert.Equal(1.0 / 3, score.RepRecall, 9);
        Assert.Equal(0.0, score.WinkSensitivity);
    }

    [Fact]
    public void An_alarm_in_a_clean_rep_or_long_before_the_onset_is_false()
    {
        var score = DetectionScoring.Score(new[] { Recording(
            Array.Empty<DetectedRep>(),
            new[] { new DetectedWink(1, 3.5, 3.4, 9), new DetectedWink(2, 5.5, 5.4, 9) }) });
        Assert.Equal(2, score.FalseAlarms);
        Assert.Equal(0.0, score.WinkSensitivity);
        Assert.Equal(100.0, score.FalseAlarmsPer100CleanReps);
    }

    [Fact]
    public void A_second_alarm_in_an_already_caught_wink_rep_is_neither_a_catch_nor_a_false_alarm()
    {
        var score = DetectionScoring.Score(new[] { Recording(
            Array.Empty<DetectedRep>(),
            new[] { new DetectedWink(2, 6.3, 6.1, 9), new DetectedWink(2, 6.6, 6.1, 12) }) });
        Assert.Equal(1, score.DetectedWinkReps);
        Assert.Equal(0, score.FalseAlarms);
    }

    [Fact]
    public void A_wink_that_never_rises_the_threshold_above_its_onset_is_neither_to_be_caught_nor_a_false_alarm()
    {
        var subThreshold = new TruthRep(2, 5.0, 6.4, 7.8, true, 6.1, null);
        var silent = DetectionScoring.Score(new[] { new ScoredRecording("test", new[] { Clean1, subThreshold, Clean3 },
            Array.Empty<TruthActivity>(), Array.Empty<DetectedRep>(), Array.Empty<DetectedWink>(), Array.Empty<double>()) });
        Assert.Equal(0, silent.TruthWinkReps);
        var buzzed = DetectionScoring.Score(new[] { new ScoredRecording("test", new[] { Clean1, subThreshold, Clean3 },
            Array.Empty<TruthActivity>(), Array.Empty<DetectedRep>(), new[] { new DetectedWink(2, 6.5, 6.1, 7), new DetectedWink(1, 3.5, 3.4, 9) },
            Array.Empty<double>()) });
        Assert.Equal(0, buzzed.TruthWinkReps);
        Assert.Equal(1, buzzed.FalseAlarms); // only the alarm in the clean rep
    }

    [Fact]
    public void Reps_reported_during_other_activities_are_counted_apart()
    {
        var score = DetectionScoring.Score(new[] { Recording(
            new[] { new DetectedRep(1, 20, 21, 22, 10, false) }, Array.Empty<DetectedWink>(),
            new[] { new TruthActivity("stoop", 19, 23) }) });
        Assert.Equal(1, score.RepsInOtherActivities);
        Assert.Equal(0, score.DetectedReps);
    }

    [Fact]
    public void Flexion_rmse_pools_every_sample()
    {
        var score = DetectionScoring.Score(new[] { Recording(Array.Empty<DetectedRep>(), Array.Empty<DetectedWink>(), errors: new[] { 1.0, -1.0, 2.0, 0.0 }) });
        Assert.Equal(Math.Sqrt(6.0 / 4), score.FlexionRmseDegrees, 9);
    }

    [Fact]
    public void Percentiles_interpolate_between_ranks()
    {
        Assert.Equal(15, DetectionScore.Percentile(new double[] { 20, 10 }, 0.5));
        Assert.Equal(29, DetectionScore.Percentile(new double[] { 10, 20, 30 }, 0.95), 9);
        Assert.True(double.IsNaN(DetectionScore.Percentile(Array.Empty<double>(), 0.5)));
    }
}
