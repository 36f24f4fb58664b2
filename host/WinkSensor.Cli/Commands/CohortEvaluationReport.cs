using System.Globalization;
using System.Text.Json;
using WinkSensor.Core.Runtime;
using WinkSensor.Host.Evaluation;
using WinkSensor.Simulation.Cohort;
using WinkSensor.Simulation.Evaluation;

namespace WinkSensor.Cli.Commands;

/// <summary>`winksensor eval` without --broad: a simulated cohort through the device runtime, scored against truth.</summary>
public static class CohortEvaluationReport
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static int Run(int athletes, long seed, IReadOnlyList<RobustnessCase> cases, bool json, TextWriter output, TextWriter error)
    {
        var options = new CohortOptions { Athletes = athletes };
        if (options.Validate() is { } problem)
        {
            error.WriteLine("eval: " + problem);
            return 2;
        }
        var cohort = CohortBuilder.Build(seed, options);
        var configuration = new DeviceConfiguration();
        output.WriteLine(string.Format(Invariant,
            "Simulated cohort: {0} athletes x {1} sets x {2} reps (seed {3}), wink threshold {4:F1} deg",
            athletes, options.SetsPerAthlete, options.RepsPerSet, seed, configuration.WinkThresholdDegrees));
        output.WriteLine(string.Format(Invariant, "{0,-22} {1,9} {2,6} {3,6} {4,7} {5,9} {6,8} {7,8} {8,8} {9,6}",
            "case", "flex RMSE", "rep P", "rep R", "wink S", "FA/100", "lat p50", "lat p95", "other", "reps"));

        var scores = new Dictionary<RobustnessCase, DetectionScore>();
        foreach (var robustnessCase in cases)
        {
            var score = CohortEvaluation.Evaluate(cohort, robustnessCase, configuration);
            scores[robustnessCase] = score;
            output.WriteLine(string.Format(Invariant, "{0,-22} {1,9:F2} {2,6:F3} {3,6:F3} {4,7:F3} {5,9:F2} {6,8:F0} {7,8:F0} {8,8} {9,6}",
                robustnessCase, score.FlexionRmseDegrees, score.RepPrecision, score.RepRecall, score.WinkSensitivity,
                score.FalseAlarmsPer100CleanReps, score.LatencyMedianMilliseconds, score.LatencyP95Milliseconds,
                score.RepsInOtherActivities, score.TruthReps));
        }

        var headline = scores.TryGetValue(RobustnessCase.Baseline, out var baseline) ? baseline : scores.Values.First();
        var verdicts = Targets(headline);
        output.WriteLine();
        output.WriteLine("Targets (" + (scores.ContainsKey(RobustnessCase.Baseline) ? "baseline" : cases[0].ToString()) + "):");
        foreach (var (name, met, detail) in verdicts)
            output.WriteLine(string.Format(Invariant, "  {0,-4} {1}: {2}", met ? "ok" : "MISS", name, detail));

        if (json)
        {
            var document = new Dictionary<string, object?>
            {
                ["flexion_rmse_deg"] = Round(headline.FlexionRmseDegrees),
                ["rep_precision"] = Round(headline.RepPrecision),
                ["rep_recall"] = Round(headline.RepRecall),
                ["rep_f1"] = Round(headline.RepF1),
                ["wink_sensitivity"] = Round(headline.WinkSensitivity),
                ["false_alarms_per_100_clean_reps"] = Round(headline.FalseAlarmsPer100CleanReps),
                ["latency_median_ms"] = Round(headline.LatencyMedianMilliseconds),
                ["latency_p95_ms"] = Round(headline.LatencyP95Milliseconds),
                ["reps_in_other_activities"] = headline.RepsInOtherActivities,
                ["truth_reps"] = headline.TruthReps,
                ["truth_wink_reps"] = headline.TruthWinkReps,
                ["clean_reps"] = headline.CleanReps,
                ["athletes"] = athletes,
                ["seed"] = seed,
                ["targets_met"] = verdicts.All(v => v.Met),
                ["cases"] = scores.ToDictionary(pair => pair.Key.ToString(), pair => (object)new Dictionary<string, object?>
                {
                    ["flexion_rmse_deg"] = Round(pair.Value.FlexionRmseDegrees),
                    ["rep_precision"] = Round(pair.Value.RepPrecision),
                    ["rep_recall"] = Round(pair.Value.RepRecall),
                    ["wink_sensitivity"] = Round(pair.Value.WinkSensitivity),
                    ["false_alarms_per_100_clean_reps"] = Round(pair.Value.FalseAlarmsPer100CleanReps),
                    ["latency_median_ms"] = Round(pair.Value.LatencyMedianMilliseconds),
                    ["latency_p95_ms"] = Round(pair.Value.LatencyP95Milliseconds),
                    ["reps_in_other_activities"] = pair.Value.RepsInOtherActivities,
                }),
            };
            output.WriteLine(JsonSerializer.Serialize(document));
        }
        return verdicts.All(v => v.Met) ? 0 : 1;
    }

    /// <summary>The product targets of the evaluation, each with whether the score meets it.</summary>
    public static List<(string Name, bool Met, string Detail)> Targets(DetectionScore score) =>
    [
        ("flexion RMSE <= 1.0 deg", score.FlexionRmseDegrees <= 1.0, score.FlexionRmseDegrees.ToString("F2", Invariant) + " deg"),
        ("rep F1 >= 0.99", score.RepF1 >= 0.99, score.RepF1.ToString("F3", Invariant)),
        ("wink sensitivity >= 0.97", score.WinkSensitivity >= 0.97, score.WinkSensitivity.ToString("F3", Invariant)),
        ("<= 1 false alarm per 100 clean reps", score.FalseAlarmsPer100CleanReps <= 1, score.FalseAlarmsPer100CleanReps.ToString("F2", Invariant)),
        ("latency median <= 30 ms", score.LatencyMedianMilliseconds <= 30, score.LatencyMedianMilliseconds.ToString("F0", Invariant) + " ms"),
        ("latency p95 <= 60 ms", score.LatencyP95Milliseconds <= 60, score.LatencyP95Milliseconds.ToString("F0", Invariant) + " ms"),
        ("no reps during other activities", score.RepsInOtherActivities == 0, score.RepsInOtherActivities.ToString(Invariant)),
    ];

    private static double? Round(double value) => double.IsFinite(value) ? Math.Round(value, 4) : null;
}
