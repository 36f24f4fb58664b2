using WinkSensor.Simulation.Calibration;
using WinkSensor.Simulation.Evaluation;
using WinkSensor.Cli.Commands;

namespace WinkSensor.Host.Tests.Evaluation;

/// <summary>`winksensor eval`: the BROAD table, the cohort table with its JSON line, and clear failures on bad input.</summary>
public class EvalCommandTests
{
    [Fact]
    public void Broad_mode_prints_one_row_per_trial_and_exits_zero_when_all_meet_vqf()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exitCode = EvalCommand.RunBroad(RepositoryPaths.BroadTrials(), output, error);
        string table = output.ToString();
        Assert.Equal(0, exitCode);
        foreach (string trial in new[] { "02_undisturbed_slow_rotation_B", "10_undisturbed_slow_translation_A", "15_undisturbed_fast_translation_A", "21_undisturbed_fast_combined" })
            Assert.Contains(trial, table);
        Assert.Equal(4, table.Split('\n').Count(line => line.TrimEnd().EndsWith("pass")));
        Assert.Equal("", error.ToString());
    }

    [Fact]
    public void A_missing_folder_gives_a_message_and_a_non_zero_exit_code()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exitCode = EvalCommand.RunBroad("/no/such/folder", output, error);
        Assert.NotEqual(0, exitCode);
        Assert.Contains("not found", error.ToString());
        Assert.DoesNotContain("   at ", error.ToString());
    }

    [Fact]
    public void An_unknown_robustness_case_is_refused_with_the_list_of_cases()
    {
        var error = new StringWriter();
        int exitCode = InvokeEval(["eval", "--case", "sideways"], new StringWriter(), error);
        Assert.Equal(2, exitCode);
        Assert.Contains("SensorRotated90", error.ToString());
        Assert.DoesNotContain("   at ", error.ToString());
    }

    [Fact]
    public void Cohort_mode_prints_the_table_the_targets_and_one_json_object_with_the_figures()
    {
        var output = new StringWriter();
        int exitCode = CohortEvaluationReport.Run(1, 7, [RobustnessCase.Baseline], json: true, output, new StringWriter());
        var lines = output.ToString().TrimEnd().Split('\n');
        using var figures = System.Text.Json.JsonDocument.Parse(lines[^1]);
        foreach (var key in new[] { "flexion_rmse_deg", "rep_precision", "rep_recall", "wink_sensitivity",
                     "false_alarms_per_100_clean_reps", "latency_median_ms", "latency_p95_ms", "reps_in_other_activities" })
            Assert.True(figures.RootElement.TryGetProperty(key, out _), "missing " + key);
        Assert.Equal(15, figures.RootElement.GetProperty("truth_reps").GetInt32());
        Assert.Contains("Baseline", output.ToString());
        Assert.Equal(figures.RootElement.GetProperty("targets_met").GetBoolean() ? 0 : 1, exitCode);
    }

    [Fact]
    public void An_unknown_accelerometer_calibration_is_refused_with_the_choices()
    {
        var error = new StringWriter();
        int exitCode = InvokeEval(["eval", "--case", "Baseline", "--accelerometer-calibration", "twelve-position"], new StringWriter(), error);
        Assert.Equal(2, exitCode);
        Assert.Contains("six-position", error.ToString());
        Assert.DoesNotContain("   at ", error.ToString());
    }

    [Fact]
    public void Cohort_mode_names_the_accelerometer_calibration_in_the_header_and_the_json()
    {
        var output = new StringWriter();
        CohortEvaluationReport.Run(1, 7, [RobustnessCase.Baseline], json: true, output, new StringWriter(), AccelerometerCalibrationMode.SixPosition);
        var lines = output.ToString().TrimEnd().Split('\n');
        Assert.StartsWith("Accelerometer calibration: six-position", lines[1]);
        using var figures = System.Text.Json.JsonDocument.Parse(lines[^1]);
        Assert.Equal("six-position", figures.RootElement.GetProperty("accelerometer_calibration").GetString());

        var raw = new StringWriter();
        CohortEvaluationReport.Run(1, 7, [RobustnessCase.Baseline], json: false, raw, new StringWriter());
        Assert.StartsWith("Accelerometer calibration: none", raw.ToString().Split('\n')[1]);
    }

    [Fact]
    public void Without_the_option_the_cohort_is_evaluated_as_the_product_is_used_with_the_six_position_calibration()
    {
        var output = new StringWriter();
        InvokeEval(["eval", "--athletes", "1", "--case", "Baseline", "--json"], output, new StringWriter());
        var lines = output.ToString().TrimEnd().Split('\n');
        using var figures = System.Text.Json.JsonDocument.Parse(lines[^1]);
        Assert.Equal("six-position", figures.RootElement.GetProperty("accelerometer_calibration").GetString());
    }

    private static int InvokeEval(string[] arguments, TextWriter output, TextWriter error)
    {
        var root = new System.CommandLine.RootCommand();
        root.Subcommands.Add(EvalCommand.Create());
        var previousOutput = Console.Out;
        var previousError = Console.Error;
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            return root.Parse(arguments).Invoke();
        }
        finally
        {
            Console.SetOut(previousOutput);
            Console.SetError(previousError);
        }
    }
}
