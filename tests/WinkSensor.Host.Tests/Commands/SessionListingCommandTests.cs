using WinkSensor.Host.Tests.Fixtures;

namespace WinkSensor.Host.Tests.Commands;

public sealed class SessionListingCommandTests : IClassFixture<FilledStore>
{
    private readonly FilledStore store;

    public SessionListingCommandTests(FilledStore store)
    {
        this.store = store;
    }

    private string DataDir => store.Directory.Path;

    [Fact]
    public void Sessions_lists_every_session_with_counts_and_completeness()
    {
        var run = CliRun.Of("sessions", "--data-dir", DataDir);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n');
        var first = Assert.Single(lines, line => line.Contains("2026-11-01 09:00"));
        Assert.Matches(@"│\s+1\s+│.*│\s+2\s+│\s+9\s+│\s+3 \(33%\)\s+│\s+yes", first);
        var second = Assert.Single(lines, line => line.Contains("2026-11-08 09:00"));
        Assert.Matches(@"│\s+1\s+│\s+6\s+│\s+1 \(17%\)\s+│\s+yes", second);
        var third = Assert.Single(lines, line => line.Contains("2026-11-15 09:00"));
        Assert.Contains("no (cut off)", third);
        Assert.Contains("3 session(s)", run.Output);
    }

    [Fact]
    public void Global_data_dir_option_works_before_the_subcommand_too()
    {
        var run = CliRun.Of("--data-dir", DataDir, "sessions");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2026-11-08 09:00", run.Output);
    }

    [Fact]
    public void Show_prints_per_set_and_per_rep_tables_with_wink_onsets()
    {
        var run = CliRun.Of("show", store.FirstId.ToString(), "--data-dir", DataDir);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("first session", run.Output);
        Assert.Contains("60 kg, stance 45 cm", run.Output);
        Assert.Contains("heels raised", run.Output);
        var repLines = run.Output.Split('\n').Where(line => line.Contains("WINK") || line.Contains("clean")).ToList();
        Assert.Equal(9, repLines.Count);
        Assert.Equal(3, repLines.Count(line => line.Contains("WINK")));
        // A winking rep shows onset, onset depth and alarm times; a clean rep shows dashes there.
        var wink = repLines.First(line => line.Contains("WINK"));
        Assert.Matches(@"WINK\s+│\s+\d+\.\d\d\s+│\s+\d+\s+│\s+\d+\.\d\d\s+│\s+\d+\.\d", wink);
        Assert.Matches(@"clean\s+│\s+–\s+│\s+–\s+│\s+–", repLines.First(line => line.Contains("clean")));
        Assert.Contains("thoracolumbar sensor recovered", run.Output);
    }

    [Fact]
    public void Show_latest_is_the_most_recently_started_session()
    {
        var run = CliRun.Of("show", "latest", "--data-dir", DataDir);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2026-11-15", run.Output);
        Assert.Contains("incomplete", run.Output);
    }

    [Theory]
    [InlineData("99", "There is no session 99")]
    [InlineData("abc", "'abc' is not a session")]
    [InlineData("-1", "'-1' is not a session")]
    public void Show_with_a_bad_session_is_a_usage_error_with_a_clear_message(string session, string message)
    {
        var run = CliRun.Of("show", session, "--data-dir", DataDir);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error()
    {
        var run = CliRun.Of("sessions", "--colour", "--data-dir", DataDir);
        Assert.Equal(2, run.ExitCode);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void An_empty_store_says_there_are_no_sessions_and_latest_is_a_usage_error()
    {
        using var empty = new TemporaryDirectory();
        var list = CliRun.Of("sessions", "--data-dir", empty.Path);
        Assert.Equal(0, list.ExitCode);
        Assert.Contains("No sessions recorded yet", list.Output);

        var show = CliRun.Of("show", "latest", "--data-dir", empty.Path);
        Assert.Equal(2, show.ExitCode);
        Assert.Contains("No sessions are recorded yet", show.Error);
    }

    [Fact]
    public void A_garbage_store_file_is_reported_by_name_and_left_untouched()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File(WinkSensor.Host.Storage.DataDirectory.StoreFileName);
        var garbage = "this is not a database, it is a shopping list\n"u8.ToArray();
        File.WriteAllBytes(path, garbage);

        var run = CliRun.Of("sessions", "--data-dir", directory.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(path, run.Error.Replace("\n", ""));
        run.AssertNoStackTrace();
        Assert.Equal(garbage, File.ReadAllBytes(path));
    }
}
