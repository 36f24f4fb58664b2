using WinkSensor.Host.Tests.Fixtures;

namespace WinkSensor.Host.Tests.Commands;

public sealed class ReportCommandTests : IClassFixture<FilledStore>
{
    private readonly FilledStore store;

    public ReportCommandTests(FilledStore store)
    {
        this.store = store;
    }

    [Fact]
    public void Report_writes_one_html_file_for_the_session_and_says_where()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("reports/latest.html");

        var run = CliRun.Of("report", "latest", "--out", path, "--data-dir", store.Directory.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(path, run.Output.Replace("\n", ""));
        Assert.Equal([path], Directory.GetFiles(Path.GetDirectoryName(path)!));
        var html = File.ReadAllText(path);
        Assert.Contains($"<title>WinkSensor session {store.IncompleteId}</title>", html);
        Assert.Contains("incomplete: recording was cut off", html);
    }

    [Fact]
    public void Report_for_an_unknown_session_is_a_usage_error_and_writes_nothing()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("report.html");

        var run = CliRun.Of("report", "7", "--out", path, "--data-dir", store.Directory.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.False(File.Exists(path));
        run.AssertNoStackTrace();
    }
}
