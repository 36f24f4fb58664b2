namespace WinkSensor.Core.Power
{
    /// <summary>
    /// Notices a main loop that stopped making progress. The loop calls Enter at each step (one int write, no lock:
    /// only the loop writes, and a 32-bit field is read whole); a separate timer thread calls Check about once a
    /// second. When no step was entered for longer than the stall limit, Check answers true and tells which step hung
    /// and for how long: the firmware then writes a RestartNote to flash and restarts the device, and after the reboot
    /// reports FaultCode.MainLoopStalled with that step. It catches managed hangs (a loop stuck retrying, a deadlock);
    /// a hang inside native code that stops the whole runtime also stops this timer, and only the ESP-IDF task
    /// watchdog in the firmware image can catch that.
    /// </summary>
    public sealed class MainLoopWatchdog
    {
        private readonly long stallLimitMicroseconds;
        private int progressCount;
        private int stage;
        private int lastSeenProgressCount = -1;
        private long lastProgressMicroseconds;
        private long stalledMicroseconds;

        /// <param name="stallLimitMilliseconds">Longest a step may take before the device restarts itself, ms.</param>
        public MainLoopWatchdog(int stallLimitMilliseconds)
        {
            stallLimitMicroseconds = stallLimitMilliseconds * 1000L;
        }

        /// <summary>Loop thread: a step begins.</summary>
        public void Enter(LoopStage loopStage)
        {
            stage = (int)loopStage;
            progressCount++;
        }

        /// <summary>The step the loop was in at the last Check.</summary>
        public LoopStage CurrentStage { get { return (LoopStage)stage; } }

        /// <summary>How long the loop had made no progress at the last Check, microseconds.</summary>
        public long StalledMicroseconds { get { return stalledMicroseconds; } }

        /// <summary>Watchdog thread: true when the loop has been stuck longer than the limit.</summary>
        public bool Check(long nowMicroseconds)
        {
            int seen = progressCount;
            if (seen != lastSeenProgressCount)
            {
                lastSeenProgressCount = seen;
                lastProgressMicroseconds = nowMicroseconds;
                stalledMicroseconds = 0;
                return false;
            }
            stalledMicroseconds = nowMicroseconds - lastProgressMicroseconds;
            return stalledMicroseconds > stallLimitMicroseconds;
        }
    }
}
