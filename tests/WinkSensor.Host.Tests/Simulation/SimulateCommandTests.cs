using System.Diagnostics;

namespace WinkSensor.Host.Tests.Simulation;

public class SimulateCommandTests
{
    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        string cli = Path.Combine(AppContext.BaseDirectory, "winksensor.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(cli);
        foreach (string arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error);
    }

    [Fact]
    public void Simulate_writes_the_csv_and_the_truth_json_next_to_it_and_prints_one_line()
    {
        string folder = Directory.CreateTempSubdirectory("winksensor-sim").FullName;
        string csv = Path.Combine(folder, "squats.csv");
        var (code, output, error) = Run("simulate", "--out", csv, "--reps", "2", "--wink", "mixed", "--seed", "9", "--tl-dropout-s", "8");
        Assert.True(code == 0, error);
        Assert.True(File.Exists(csv));
        Assert.True(File.Exists(Path.Combine(folder, "squats.truth.json")));
        Assert.Single(output.TrimEnd().Split('\n'));
        Assert.Contains("2 reps (1 winking)", output);
        Assert.Contains("\"dropout_s\": 8", File.ReadAllText(Path.Combine(folder, "squats.truth.json")));
    }

    [Theory]
    [InlineData("--wink", "sometimes")]
    [InlineData("--reps", "0")]
    [InlineData("--reps", "three")]
    [InlineData("--load-kg", "-5")]
    [InlineData("--mount-rotation", "45")]
    [InlineData("--bogus", "1")]
    public void Bad_arguments_exit_2_with_a_clear_message(string option, string value)
    {
        string csv = Path.Combine(Directory.CreateTempSubdirectory("winksensor-sim").FullName, "x.csv");
        var (code, _, error) = Run("simulate", "--out", csv, option, value);
        Assert.Equal(2, code);
        Assert.StartsWith("error: ", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void Missing_out_is_a_bad_argument()
    {
        var (code, _, error) = Run("simulate", "--reps", "2");
        Assert.Equal(2, code);
        Assert.Contains("--out", error);
    }
}
