using WinkSensor.Host.Storage;
using WinkSensor.Host.Tests.Fixtures;

namespace WinkSensor.Host.Tests.Commands;

/// <summary>`sessions`, `show` and `report` say when a session was recorded with uncalibrated accelerometers and point to `calibrate`.</summary>
public sealed class CalibrationReminderTests
{
    private static TemporaryDirectory StoreWithOneSession(bool? accelerometersCalibrated)
    {
        var directory = new TemporaryDirectory();
        var store = SessionStore.OpenInDataDirectory(directory.Path);
        using var session = SessionRecorder.Begin(store, new DeviceIdentity("Wink3F7A", "AA:BB:CC:DD:3F:7A", "0.2.0"));
        if (accelerometersCalibrated is { } calibrated) session.AccelerometersCalibrated(calibrated);
        session.Complete();
        return directory;
    }

    [Fact]
    public void A_session_recorded_uncalibrated_is_flagged_in_sessions_show_and_report()
    {
        using var directory = StoreWithOneSession(false);
        var report = directory.File("report.html");

        var sessions = CliRun.Of("sessions", "--data-dir", directory.Path);
        var show = CliRun.Of("show", "1", "--data-dir", directory.Path);
        var html = CliRun.Of("report", "1", "--data-dir", directory.Path, "--out", report);

        Assert.Contains("winksensor calibrate", sessions.Output);
        Assert.Contains("not calibrated", show.Output);
        Assert.Contains("winksensor calibrate", show.Output);
        Assert.Equal(0, html.ExitCode);
        Assert.Contains("accelerometers not calibrated", File.ReadAllText(report));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(null)]
    public void A_calibrated_or_unknown_session_carries_no_reminder(bool? calibrated)
    {
        using var directory = StoreWithOneSession(calibrated);

        var sessions = CliRun.Of("sessions", "--data-dir", directory.Path);
        var show = CliRun.Of("show", "1", "--data-dir", directory.Path);

        Assert.DoesNotContain("calibrate", sessions.Output);
        Assert.DoesNotContain("winksensor calibrate", show.Output);
        Assert.Equal(calibrated == true, show.Output.Contains("six-position calibrated"));
    }
}
