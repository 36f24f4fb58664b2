using System.Globalization;
using System.Text.Json;
using WinkSensor.Cli.Commands;
using WinkSensor.Host.Recordings;
using WinkSensor.Host.Replay;

namespace WinkSensor.Host.Tests.Recordings;

public class ReplayCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("winksensor-replay-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private (int ExitCode, string Output, string Error) Replay(string raw, string? samples = null, string? events = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = ReplayCommand.Run(new FileInfo(raw), samples == null ? null : new FileInfo(samples),
            events == null ? null : new FileInfo(events), output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Replaying_the_pelvis_only_BROAD_trial_writes_the_fixed_sample_and_event_formats()
    {
        string raw = RepositoryPaths.BroadTrial("10_undisturbed_slow_translation_A.csv");
        string samples = Path.Combine(folder, "samples.csv");
        string events = Path.Combine(folder, "events.jsonl");
        var (code, output, error) = Replay(raw, samples, events);

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Contains("pelvis only", output);
        Assert.Contains("calibrated at", output);

        int inputRows = File.ReadLines(raw).Count() - 1;
        var lines = File.ReadAllLines(samples);
        Assert.Equal(SamplesCsvWriter.Header, lines[0]);
        Assert.Equal(inputRows, lines.Length - 1);
        var phases = new HashSet<string> { "calibrating", "standing", "descent", "bottom", "ascent", "other" };
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split(',');
            Assert.Equal(9, cells.Length);
            double x = double.Parse(cells[1], CultureInfo.InvariantCulture), y = double.Parse(cells[2], CultureInfo.InvariantCulture), z = double.Parse(cells[3], CultureInfo.InvariantCulture);
            Assert.InRange(Math.Sqrt(x * x + y * y + z * z), 0.999, 1.001);
            Assert.Equal("", cells[4] + cells[5] + cells[6]); // no thoracolumbar sensor
            double.Parse(cells[7], CultureInfo.InvariantCulture);
            Assert.Contains(cells[8], phases);
        }
        // The sacrum up estimate agrees with the optical truth in the file while the rig stands still at the start.
        var firstInput = File.ReadLines(raw).Skip(150).First().Split(',');
        var firstOutput = lines[150].Split(',');
        Assert.InRange(double.Parse(firstOutput[3], CultureInfo.InvariantCulture) - double.Parse(firstInput[9], CultureInfo.InvariantCulture), -0.01, 0.01);

        var jsonLines = File.ReadAllLines(events);
        Assert.NotEmpty(jsonLines);
        using (var first = JsonDocument.Parse(jsonLines[0]))
        {
            Assert.Equal("calibrated", first.RootElement.GetProperty("type").GetString());
            Assert.InRange(first.RootElement.GetProperty("t").GetDouble(), 2.0, 2.2);
        }
        foreach (var json in jsonLines)
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            switch (root.GetProperty("type").GetString())
            {
                case "calibrated":
                    Assert.Equal(2, root.EnumerateObject().Count());
                    break;
                case "rep":
                    Assert.Equal(new[] { "type", "rep", "start", "bottom", "end", "peak_flexion_deg", "wink", "depth_cm", "mean_concentric_velocity_m_per_s", "peak_concentric_velocity_m_per_s" }, root.EnumerateObject().Select(p => p.Name));
                    Assert.True(root.GetProperty("start").GetDouble() < root.GetProperty("end").GetDouble());
                    break;
                case "wink":
                    Assert.Equal(new[] { "type", "rep", "t", "onset", "magnitude_deg", "onset_depth_cm", "onset_fraction_of_depth" }, root.EnumerateObject().Select(p => p.Name));
                    break;
                default:
                    Assert.Fail("unknown event type in " + json);
                    break;
            }
        }
        Assert.Contains($"reps: {jsonLines.Count(l => l.Contains("\"type\":\"rep\""))}, winks: {jsonLines.Count(l => l.Contains("\"type\":\"wink\""))}", output);
    }

    [Theory]
    [InlineData("t,sacrum_ax,sacrum_ay,sacrum_az,sacrum_gx,sacrum_gy\n0,0,0,1,0,0\n", "line 1: missing column 'sacrum_gz'")]
    [InlineData("t,sacrum_ax,sacrum_ay,sacrum_az,sacrum_gx,sacrum_gy,sacrum_gz\n0,0,0,1,0,0,0\n0.01,0,0,one,0,0,0\n", "line 3: column 'sacrum_az': 'one' is not a finite number")]
    [InlineData("t,sacrum_ax,sacrum_ay,sacrum_az,sacrum_gx,sacrum_gy,sacrum_gz\n0,0,0,1,0,0,0\n0.01,0,0,1,0,0,0\n0.00,0,0,1,0,0,0\n", "line 4: time does not increase")]
    [InlineData("t,sacrum_ax,sacrum_ay,sacrum_az,sacrum_gx,sacrum_gy,sacrum_gz\n0,0,0,1,0,0,0\n0.01,0,0,1,0,0,0\n0.5,0,0,1,0,0,0\n", "line 4: gap in time")]
    public void Bad_input_gives_one_clear_message_with_the_line_and_exit_code_2(string content, string expected)
    {
        string raw = Path.Combine(folder, "bad.csv");
        File.WriteAllText(raw, content);
        string events = Path.Combine(folder, "events.jsonl");
        var (code, output, error) = Replay(raw, events: events);
        Assert.Equal(ReplayCommand.BadInputExitCode, code);
        Assert.Contains(expected, error);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.DoesNotContain("   at ", error); // no stack trace
        Assert.Equal("", output);
        Assert.False(File.Exists(events));
    }

    [Fact]
    public void A_missing_input_file_is_a_clear_error_too()
    {
        var (code, _, error) = Replay(Path.Combine(folder, "nope.csv"));
        Assert.Equal(ReplayCommand.BadInputExitCode, code);
        Assert.StartsWith("error: cannot read", error);
    }

    [Fact]
    public void The_command_line_entry_point_runs_replay_and_returns_the_exit_code()
    {
        string raw = Path.Combine(folder, "bad.csv");
        File.WriteAllText(raw, "t,x\n0,1\n");
        var command = ReplayCommand.Create();
        var originalError = Console.Error;
        var error = new StringWriter();
        Console.SetError(error);
        try
        {
            int code = command.Parse(new[] { raw }).Invoke();
            Assert.Equal(2, code);
        }
        finally
        {
            Console.SetError(originalError);
        }
        Assert.Contains("line 1: missing column 'sacrum_ax'", error.ToString());
    }
}
