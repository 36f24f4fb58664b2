using WinkSensor.Core.Fusion;
using WinkSensor.Host.Evaluation;

namespace WinkSensor.Host.Tests.Evaluation;

/// <summary>The inclination filter on the four real BROAD trials, against VQF's figures on the same files.</summary>
public class BroadInclinationEvaluationTests
{
    public static TheoryData<string> Trials() => new() { "02", "10", "15", "21" };

    [Theory]
    [MemberData(nameof(Trials))]
    public void Inclination_rmse_is_at_or_below_vqf(string trial)
    {
        string path = Directory.GetFiles(RepositoryPaths.BroadTrials(), trial + "_*.csv").Single();
        var result = BroadInclinationEvaluation.EvaluateFile(path);
        double vqf = BroadInclinationEvaluation.VqfRmseDegrees[trial];
        Assert.True(result.SamplesScored > 9000, $"only {result.SamplesScored} samples scored");
        Assert.True(result.RmseDegrees <= vqf, $"trial {trial}: RMSE {result.RmseDegrees:F4} deg > VQF {vqf:F3} deg");
        Assert.True(result.MeetsVqf);
    }

    [Fact]
    public void A_worse_filter_fails_the_bar()
    {
        // Without any gyro bias estimation and a short accelerometer time constant the filter is clearly worse:
        // the evaluation must notice, or the bar above proves nothing.
        var worse = new FusionSettings { EstimateGyroBiasAtRest = false, EstimateGyroBiasInMotion = false, AccelerometerTimeConstantSeconds = 1f };
        var results = BroadInclinationEvaluation.EvaluateDirectory(RepositoryPaths.BroadTrials(), worse);
        Assert.Equal(4, results.Count);
        Assert.Contains(results, r => !r.MeetsVqf);
    }

    [Fact]
    public void Scores_only_movement_samples_with_complete_ground_truth()
    {
        string directory = TemporaryDirectory();
        string path = Path.Combine(directory, "99_synthetic.csv");
        var lines = new List<string> { "gt_movement,t,sacrum_ax,sacrum_ay,sacrum_az,sacrum_gx,sacrum_gy,sacrum_gz,gt_sacrum_up_x,gt_sacrum_up_y,gt_sacrum_up_z" };
        for (int i = 0; i < 400; i++)
        {
            string movement = i >= 200 ? "1" : "0";
            string truth = i % 10 == 0 ? "nan,nan,nan" : "0,0,1";
            lines.Add($"{movement},{i * 0.01:F2},0,0,1,0,0,0,{truth}");
        }
        File.WriteAllLines(path, lines);
        var result = BroadInclinationEvaluation.EvaluateFile(path);
        Assert.Equal(180, result.SamplesScored); // 200 movement samples less every tenth (nan)
        Assert.True(result.RmseDegrees < 0.01, $"still level sensor scored {result.RmseDegrees} deg");
        Assert.Null(result.VqfRmseDegrees);
        Assert.Equal("99", result.Trial);
    }

    [Fact]
    public void Missing_columns_are_named_in_the_error()
    {
        string path = Path.Combine(TemporaryDirectory(), "01_broken.csv");
        File.WriteAllLines(path, ["t,sacrum_ax,sacrum_ay,sacrum_az", "0,0,0,1"]);
        var error = Assert.Throws<BroadFormatException>(() => BroadInclinationEvaluation.EvaluateFile(path));
        Assert.Contains("sacrum_gx", error.Message);
        Assert.Contains("gt_movement", error.Message);
    }

    [Fact]
    public void A_missing_folder_or_file_is_reported_clearly()
    {
        string missing = Path.Combine(TemporaryDirectory(), "nope");
        Assert.Contains("not found", Assert.Throws<BroadFormatException>(() => BroadInclinationEvaluation.EvaluateDirectory(missing)).Message);
        Assert.Contains("not found", Assert.Throws<BroadFormatException>(() => BroadInclinationEvaluation.EvaluateFile(missing + ".csv")).Message);
        Assert.Contains("No BROAD trials", Assert.Throws<BroadFormatException>(() => BroadInclinationEvaluation.EvaluateDirectory(TemporaryDirectory())).Message);
    }

    [Fact]
    public void A_value_that_is_not_a_number_is_reported_with_its_line()
    {
        string path = Path.Combine(TemporaryDirectory(), "01_text.csv");
        File.WriteAllLines(path, [
            "t,sacrum_ax,sacrum_ay,sacrum_az,sacrum_gx,sacrum_gy,sacrum_gz,gt_sacrum_up_x,gt_sacrum_up_y,gt_sacrum_up_z,gt_movement",
            "0,0,0,1,0,0,0,0,0,1,1",
            "0.01,0,zero,1,0,0,0,0,0,1,1",
        ]);
        var error = Assert.Throws<BroadFormatException>(() => BroadInclinationEvaluation.EvaluateFile(path));
        Assert.Contains("line 3", error.Message);
        Assert.Contains("sacrum_ay", error.Message);
    }

    private static string TemporaryDirectory()
    {
        string directory = Path.Combine(Path.GetTempPath(), "winksensor-broad-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        return directory;
    }
}
