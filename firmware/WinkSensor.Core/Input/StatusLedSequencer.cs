namespace WinkSensor.Core.Input
{
    /// <summary>Plays the rhythm of the current LED status; a new status restarts its rhythm from the top so the
    /// change is visible at once. Call every loop pass; answers whether the LED is on. Allocation-free.</summary>
    public sealed class StatusLedSequencer
    {
        private LedStatus status = LedStatus.Off;
        private OnOffPattern pattern;
        private long startMicroseconds;

        public LedStatus Status { get { return status; } }

        public bool Update(long nowMicroseconds, LedStatus newStatus)
        {
            if (newStatus != status || (pattern == null && newStatus != LedStatus.Off))
            {
                status = newStatus;
                pattern = StatusLedPatterns.For(newStatus);
                startMicroseconds = nowMicroseconds;
            }
            return pattern != null && pattern.IsOnAt(nowMicroseconds - startMicroseconds);
        }
    }
}
