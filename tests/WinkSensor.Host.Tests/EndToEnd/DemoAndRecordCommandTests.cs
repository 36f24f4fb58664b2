using WinkSensor.Host.Storage;
using WinkSensor.Host.Tests.Commands;
using WinkSensor.Host.Tests.Fixtures;

namespace WinkSensor.Host.Tests.EndToEnd;

/// <summary>`winksensor demo` and `winksensor record` run in-process against a temporary data directory.</summary>
public sealed class DemoAndRecordCommandTests
{
    [Fact]
    public void Demo_stores_a_complete_session_with_reps_and_winks_and_writes_the_report()
    {
        using var directory = new TemporaryDirectory();
        var report = directory.File("report.html");

        var run = CliRun.Of("demo", "--data-dir", directory.Path, "--speed", "0", "--out", report);

        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        run.AssertNoStackTrace();
        var html = File.ReadAllText(report);
        Assert.StartsWith("<!DOCTYPE html>", html);
        var session = Assert.Single(new SessionArchive(SessionStore.Open(directory.File("sessions.sqlite"))).ListSessions());
        Assert.True(session.Complete);
        Assert.True(session.RepCount == 10, $"stored {session.RepCount} reps; demo said:\n{run.Output}");
        Assert.InRange(session.WinkRepCount, 1, 9);
        Assert.Equal(2, session.SetCount);
        Assert.True(session.AccelerometersCalibrated == true, "the demo's wearable was calibrated at set-up, and its status must say so");
        Assert.Contains("accelerometers calibrated once at set-up", run.Output);
        Assert.Contains("nothing lost, nothing twice", run.Output);
        Assert.Contains(report, run.Output.Replace("\n", ""));
    }

    [Fact]
    public void Record_over_the_loopback_stops_after_the_duration_with_a_complete_session()
    {
        using var directory = new TemporaryDirectory();

        var run = CliRun.Of("record", "--transport", "loopback", "--duration", "2", "--data-dir", directory.Path, "--tag", "load-kg=60");

        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        var store = SessionStore.Open(directory.File("sessions.sqlite"));
        var archive = new SessionArchive(store);
        var session = Assert.Single(archive.ListSessions());
        Assert.True(session.Complete);
        // The live view streams at 25 Hz of device time. How much device time fits in 2 s of wall time depends on the
        // machine's load (the virtual wearable catches up after a stall), so the rate is checked on the device clock.
        var angles = archive.ReadLiveAngles(session.Id);
        Assert.True(angles.Count >= 10, $"only {angles.Count} live angles in 2 s");
        double deviceSeconds = (angles[^1].TimeMicroseconds - angles[0].TimeMicroseconds) * 1e-6;
        Assert.InRange(angles.Count / deviceSeconds, 20, 30);
        Assert.Contains("complete.", run.Output);
    }

    [Theory]
    [InlineData("record", "--transport", "serial", "--port", "/dev/no-such-wearable")]
    [InlineData("record", "--simulate", "--tag", "colour=blue")]
    [InlineData("record", "--transport", "carrier-pigeon")]
    public void Bad_transport_arguments_give_a_clear_message_and_exit_code_2(params string[] args)
    {
        using var directory = new TemporaryDirectory();

        var run = CliRun.Of([.. args, "--data-dir", directory.Path]);

        Assert.Equal(2, run.ExitCode);
        run.AssertNoStackTrace();
        Assert.NotEqual("", run.Error.Trim());
    }
}
