using System.Threading;
using nanoFramework.Runtime.Native;
using WinkSensor.Core.Persistence;
using WinkSensor.Core.Power;

namespace WinkSensor.Firmware.Adapters
{
    /// <summary>
    /// Runs MainLoopWatchdog.Check once a second on a timer thread. On a stall it writes a RestartNote (step and
    /// duration) to flash and reboots; after the reboot Program takes the note and reports FaultCode.MainLoopStalled.
    /// </summary>
    internal sealed class WatchdogTimer
    {
        private readonly MainLoopWatchdog watchdog;
        private readonly RestartNoteStore notes;
        private readonly Timer timer;
        private bool restarting;

        public WatchdogTimer(MainLoopWatchdog watchdog, RestartNoteStore notes)
        {
            this.watchdog = watchdog;
            this.notes = notes;
            timer = new Timer(OnTick, null, 1000, 1000);
        }

        private void OnTick(object state)
        {
            if (restarting || !WatchdogRestart.RecordIfStalled(watchdog, notes, DeviceClock.NowMicroseconds)) return;
            restarting = true;
            Power.RebootDevice();
        }
    }
}
