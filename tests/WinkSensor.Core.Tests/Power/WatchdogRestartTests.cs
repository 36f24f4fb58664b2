using WinkSensor.Core.Calibration;
using WinkSensor.Core.Persistence;
using WinkSensor.Core.Power;
using WinkSensor.Core.Runtime;
using WinkSensor.Core.Tests.Persistence;

namespace WinkSensor.Core.Tests.Power;

public class WatchdogRestartTests
{
    private sealed class RecordingSink : IDeviceEventSink
    {
        public readonly List<(FaultCode Code, long Time)> Faults = new();
        public void Calibrated(long timeMicroseconds) { }
        public void RepCompleted(RepRecord rep) { }
        public void WinkDetected(WinkRecord wink) { }
        public void Fault(FaultCode code, long timeMicroseconds) => Faults.Add((code, timeMicroseconds));
        public void AccelerometerCalibrated(long timeMicroseconds, AccelerometerCalibration sacrum, AccelerometerCalibration thoracolumbar, bool keptInFlash) { }
    }

    [Fact]
    public void A_stall_before_the_reboot_is_reported_once_after_it_with_the_hung_step()
    {
        var flash = new InMemoryConfigurationStorage();

        // Before: the loop hangs while servicing the link; the watchdog thread checks once a second.
        var watchdog = new MainLoopWatchdog(stallLimitMilliseconds: 5000);
        var notesBefore = new RestartNoteStore(flash);
        watchdog.Enter(LoopStage.ServicingLink);
        long rebootAt = -1;
        for (long t = 0; t <= 10_000_000 && rebootAt < 0; t += 1_000_000)
            if (WatchdogRestart.RecordIfStalled(watchdog, notesBefore, t)) rebootAt = t;
        Assert.Equal(6_000_000, rebootAt); // the first check with more than 5 s of no progress

        // After: new objects, as after a reboot; only the flash survives.
        var sink = new RecordingSink();
        var note = new RestartNote();
        Assert.True(WatchdogRestart.ReportPrevious(new RestartNoteStore(flash), note, sink, 123));
        Assert.Equal(new[] { (FaultCode.MainLoopStalled, 123L) }, sink.Faults);
        Assert.Equal(LoopStage.ServicingLink, note.Stage);
        Assert.Equal(6000, note.StalledMilliseconds);

        // The next boot is an ordinary one.
        Assert.False(WatchdogRestart.ReportPrevious(new RestartNoteStore(flash), note, sink, 456));
        Assert.Single(sink.Faults);
    }

    [Fact]
    public void A_healthy_loop_writes_nothing_to_flash()
    {
        var flash = new InMemoryConfigurationStorage();
        var watchdog = new MainLoopWatchdog(5000);
        var notes = new RestartNoteStore(flash);
        for (long t = 0; t < 60_000_000; t += 1_000_000)
        {
            watchdog.Enter(LoopStage.Waiting);
            Assert.False(WatchdogRestart.RecordIfStalled(watchdog, notes, t));
        }
        Assert.Null(flash.Stored);
    }
}
