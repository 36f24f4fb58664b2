using System.Text.Json;
using WinkSensor.Host.Export;
using WinkSensor.Host.Tests.Fixtures;

namespace WinkSensor.Host.Tests.Commands;

public sealed class ExportCommandTests : IClassFixture<FilledStore>
{
    private readonly FilledStore store;

    public ExportCommandTests(FilledStore store)
    {
        this.store = store;
    }

    private CliRun Export(params string[] args) =>
        CliRun.Of(["export", .. args, "--data-dir", store.Directory.Path]);

    [Fact]
    public void Csv_export_has_one_row_per_rep_with_wink_and_set_conditions()
    {
        var run = Export(store.FirstId.ToString(), "--format", "csv");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(",", SessionExporter.RepColumns), lines[0]);
        Assert.Equal(10, lines.Length); // header + 9 reps
        var column = SessionExporter.RepColumns.ToList();
        // The shoes text holds a comma and quotes: quoted and doubled per RFC 4180, so split on the raw line is unsafe;
        // the first columns before it are plain.
        var rep3 = lines[3].Split(',');
        Assert.Equal(["1", "1", "3"], rep3[..3]);
        Assert.Equal("1", rep3[column.IndexOf("wink")]);
        Assert.Equal("8.96", rep3[column.IndexOf("wink_onset_s")]);
        Assert.Equal("9.12", rep3[column.IndexOf("wink_alarm_s")]);
        Assert.EndsWith(",60,\"flat, \"\"minimal\"\"\",", lines[1]);
        var rep1 = lines[1].Split(',');
        Assert.Equal("0", rep1[column.IndexOf("wink")]);
        Assert.Equal("", rep1[column.IndexOf("wink_onset_s")]);
    }

    [Fact]
    public void Csv_samples_export_holds_every_live_angle_sample()
    {
        var run = Export(store.SecondId.ToString(), "--format", "csv", "--table", "samples");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("session_id,time_s,flexion_deg,phase,rep_count", lines[0]);
        Assert.Equal(6 * 63 + 1, lines.Length); // 6 reps × 63 samples (2.5 s at 25 Hz) + header
        Assert.StartsWith("2,0,0,Descent,0", lines[1]);
    }

    [Fact]
    public void Jsonl_export_writes_every_record_as_one_json_object_per_line()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("out/session.jsonl");
        var run = Export(store.FirstId.ToString(), "--format", "jsonl", "--out", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Output);
        var records = File.ReadAllLines(path).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        var counts = records.GroupBy(r => r.GetProperty("type").GetString()!).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(1, counts["session"]);
        Assert.Equal(2, counts["set"]);
        Assert.Equal(9, counts["rep"]);
        Assert.Equal(3, counts["wink"]);
        Assert.Equal(1, counts["fault"]);
        Assert.Equal(9 * 63, counts["sample"]);
        var wink = records.First(r => r.GetProperty("type").GetString() == "wink");
        Assert.True(wink.GetProperty("onset_us").GetInt64() < wink.GetProperty("alarm_us").GetInt64());
        Assert.Equal("first session", records[0].GetProperty("notes").GetString());
    }

    [Theory]
    [InlineData("xml", "Unknown export format 'xml'")]
    public void A_bad_format_is_a_usage_error(string format, string message)
    {
        var run = Export(store.FirstId.ToString(), "--format", format);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void A_missing_format_or_unknown_session_is_a_usage_error()
    {
        Assert.Equal(2, Export(store.FirstId.ToString()).ExitCode);
        var unknown = Export("42", "--format", "csv");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("There is no session 42", unknown.Error);
    }
}
