using WinkSensor.Core.Power;

namespace WinkSensor.Core.Persistence
{
    /// <summary>What the device wrote just before restarting itself, read back after the reboot.</summary>
    public sealed class RestartNote
    {
        public RestartReason Reason;
        /// <summary>The main-loop step that hung.</summary>
        public LoopStage Stage;
        /// <summary>How long the step had hung when the watchdog gave up, ms.</summary>
        public int StalledMilliseconds;

        public void Clear()
        {
            Reason = RestartReason.None;
            Stage = LoopStage.Starting;
            StalledMilliseconds = 0;
        }
    }
}
