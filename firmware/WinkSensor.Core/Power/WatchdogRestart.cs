using WinkSensor.Core.Persistence;
using WinkSensor.Core.Runtime;

namespace WinkSensor.Core.Power
{
    /// <summary>
    /// The two halves of a watchdog restart. Before: the watchdog thread finds the stall and writes the note (which
    /// step hung, for how long) to flash; the firmware then reboots. After: at boot the note is taken (read once and
    /// erased) and reported as a MainLoopStalled fault event, which reaches the host with the other events.
    /// </summary>
    public static class WatchdogRestart
    {
        /// <summary>Watchdog thread: true when the loop stalled and the note was written; the caller must reboot.</summary>
        public static bool RecordIfStalled(MainLoopWatchdog watchdog, RestartNoteStore notes, long nowMicroseconds)
        {
            if (!watchdog.Check(nowMicroseconds)) return false;
            notes.Record(RestartReason.MainLoopStalled, watchdog.CurrentStage, (int)(watchdog.StalledMicroseconds / 1000));
            return true;
        }

        /// <summary>Boot: reports the previous run's stall, if any; note then holds its step and duration for the log.</summary>
        public static bool ReportPrevious(RestartNoteStore notes, RestartNote note, IDeviceEventSink sink, long nowMicroseconds)
        {
            if (!notes.Take(note) || note.Reason != RestartReason.MainLoopStalled) return false;
            sink.Fault(FaultCode.MainLoopStalled, nowMicroseconds);
            return true;
        }
    }
}
