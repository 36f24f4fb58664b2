using System.Globalization;
using System.Text.Json;
using WinkSensor.Core.Runtime;
using WinkSensor.Host.Evaluation;
using WinkSensor.Simulation.Calibration;
using WinkSensor.Simulation.Cohort;
using WinkSensor.Simulation.Evaluation;

namespace WinkSensor.Cli.Commands;

/// <summary>`winksensor eval` without --broad: a simulated cohort through the device runtime, scored against truth.</summary>
public static class CohortEvaluationReport
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static int Run(int athletes, long seed, IReadOnlyList<RobustnessCase> cases, bool json, TextWriter output, TextWriter error,
        AccelerometerCalibrationMode accelerometerCalibration = AccelerometerCalibrationMode.None)
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
        output.WriteLine("Accelerometer calibration: " + (accelerometerCalibration == AccelerometerCalibrationMode.SixPosition
            ? "six-position (each chip calibrated by the simulated procedure before its session)"
            : "none (raw accelerometers)"));
        output.WriteLine(string.Format(Invariant, "{0,-22} {1,9} {2,6} {3,6} {4,7} {5,9} {6,8} {7,8} {8,8} {9,6}",
            "case", "flex RMSE", "rep P", "rep R", "wink S", "FA/100", "lat p50", "lat p95", "other", "reps"));

        var scores = new Dictionary<RobustnessCase, DetectionScore>();
        var kinematicsScores = new Dictionary<RobustnessCase, KinematicsScore>();
        foreach (var robustnessCase in cases)
        {
            var cohortScore = CohortEvaluation.EvaluateCohort(cohort, robustnessCase, configuration, accelerometerCalibration: accelerometerCalibration);
            var score = cohortScore.Detection;
            scores[robustnessCase] = score;
            kinematicsScores[robustnessCase] = cohortScore.Kinematics;
            output.WriteLine(string.Format(Invariant, "{0,-22} {1,9:F2} {2,6:F3} {3,6:F3} {4,7:F3} {5,9:F2} {6,8:F0} {7,8:F0} {8,8} {9,6}",
                robustnessCase, score.FlexionRmseDegrees, score.RepPrecision, score.RepRecall, score.WinkSensitivity,
                score.FalseAlarmsPer100CleanReps, score.LatencyMedianMilliseconds, score.LatencyP95Milliseconds,
                score.RepsInOtherActivities, score.TruthReps));
        }

        output.WriteLine();
        output.WriteLine("Rep depth and speed from the sacrum sensor (measured - true; RMSE, p95 of |error|, mean = bias):");
        output.WriteLine(string.Format(Invariant, "{0,-22} {1,21} {2,24} {3,24} {4,21} {5,6}",
            "case", "depth cm RMSE/p95/mean", "mean conc m/s RMSE/p95/mean", "peak conc m/s RMSE/p95/mean", "onset cm RMSE/p95/mean", "unmeas"));
        foreach (var (robustnessCase, k) in kinematicsScores)
            output.WriteLine(string.Format(Invariant, "{0,-22} {1,21} {2,24} {3,24} {4,21} {5,6}", robustnessCase,
                Triple(k.DepthCentimetres, "F2"), Triple(k.MeanConcentricVelocityMetersPerSecond, "F3"),
                Triple(k.PeakConcentricVelocityMetersPerSecond, "F3"), Triple(k.OnsetDepthCentimetres, "F2"), k.RepsNotMeasured));

        bool hasBaseline = scores.ContainsKey(RobustnessCase.Baseline);
        var headline = hasBaseline ? scores[RobustnessCase.Baseline] : scores.Values.First();
        var headlineKinematics = hasBaseline ? kinematicsScores[RobustnessCase.Baseline] : kinematicsScores.Values.First();
        var verdicts = Targets(headline);
        verdicts.AddRange(KinematicsTargets(headlineKinematics));
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
                ["depth_error_rmse_cm"] = Round(headlineKinematics.DepthCentimetres.Rmse),
                ["depth_error_p95_cm"] = Round(headlineKinematics.DepthCentimetres.AbsoluteP95),
                ["depth_error_mean_cm"] = Round(headlineKinematics.DepthCentimetres.Mean),
                ["mean_concentric_velocity_error_rmse_m_per_s"] = Round(headlineKinematics.MeanConcentricVelocityMetersPerSecond.Rmse),
                ["mean_concentric_velocity_error_p95_m_per_s"] = Round(headlineKinematics.MeanConcentricVelocityMetersPerSecond.AbsoluteP95),
                ["peak_concentric_velocity_error_rmse_m_per_s"] = Round(headlineKinematics.PeakConcentricVelocityMetersPerSecond.Rmse),
                ["onset_depth_error_rmse_cm"] = Round(headlineKinematics.OnsetDepthCentimetres.Rmse),
                ["onset_depth_error_p95_cm"] = Round(headlineKinematics.OnsetDepthCentimetres.AbsoluteP95),
                ["reps_depth_not_measured"] = headlineKinematics.RepsNotMeasured,
                ["truth_reps"] = headline.TruthReps,
                ["truth_wink_reps"] = headline.TruthWinkReps,
                ["clean_reps"] = headline.CleanReps,
                ["athletes"] = athletes,
                ["seed"] = seed,
                ["accelerometer_calibration"] = accelerometerCalibration == AccelerometerCalibrationMode.SixPosition ? "six-position" : "none",
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
                    ["depth_error_rmse_cm"] = Round(kinematicsScores[pair.Key].DepthCentimetres.Rmse),
                    ["depth_error_p95_cm"] = Round(kinematicsScores[pair.Key].DepthCentimetres.AbsoluteP95),
                    ["mean_concentric_velocity_error_rmse_m_per_s"] = Round(kinematicsScores[pair.Key].MeanConcentricVelocityMetersPerSecond.Rmse),
                    ["mean_concentric_velocity_error_p95_m_per_s"] = Round(kinematicsScores[pair.Key].MeanConcentricVelocityMetersPerSecond.AbsoluteP95),
                    ["peak_concentric_velocity_error_rmse_m_per_s"] = Round(kinematicsScores[pair.Key].PeakConcentricVelocityMetersPerSecond.Rmse),
                    ["onset_depth_error_rmse_cm"] = Round(kinematicsScores[pair.Key].OnsetDepthCentimetres.Rmse),
                    ["onset_depth_error_p95_cm"] = Round(kinematicsScores[pair.Key].OnsetDepthCentimetres.AbsoluteP95),
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

    /// <summary>The depth and speed targets (RMSE over the matched reps against the simulator's truth).</summary>
    public static List<(string Name, bool Met, string Detail)> KinematicsTargets(KinematicsScore score) =>
    [
        ("rep depth error (cm) RMSE <= 3", score.DepthCentimetres.Rmse <= 3,
            string.Format(Invariant, "{0:F2} cm (p95 {1:F2} cm, {2} reps)", score.DepthCentimetres.Rmse, score.DepthCentimetres.AbsoluteP95, score.DepthCentimetres.Count)),
        ("mean concentric velocity error (m/s) RMSE <= 0.05", score.MeanConcentricVelocityMetersPerSecond.Rmse <= 0.05,
            string.Format(Invariant, "{0:F3} m/s (p95 {1:F3} m/s, {2} reps)", score.MeanConcentricVelocityMetersPerSecond.Rmse,
                score.MeanConcentricVelocityMetersPerSecond.AbsoluteP95, score.MeanConcentricVelocityMetersPerSecond.Count)),
    ];

    private static string Triple(ErrorSample sample, string format) =>
        sample.Count == 0 ? "-" : string.Join("/", sample.Rmse.ToString(format, Invariant), sample.AbsoluteP95.ToString(format, Invariant),
            sample.Mean.ToString(format, Invariant));

    private static double? Round(double value) => double.IsFinite(value) ? Math.Round(value, 4) : null;
}
