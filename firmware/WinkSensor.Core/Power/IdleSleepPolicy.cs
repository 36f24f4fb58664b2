using WinkSensor.Core.Runtime;

namespace WinkSensor.Core.Power
{
    /// <summary>
    /// Decides when the wearable goes to deep sleep: after DeviceConfiguration.IdleSleepMinutes without motion and
    /// without a connection (0 = never). Never while connected or in the middle of a set. Wake-up is by the sacrum
    /// sensor's motion interrupt or the button (see the firmware's sleep adapter). Times are microseconds.
    /// </summary>
    public sealed class IdleSleepPolicy
    {
        private const long MicrosecondsPerMinute = 60L * 1000L * 1000L;
        private readonly DeviceConfiguration configuration;
        private long lastActivityMicroseconds;

        public IdleSleepPolicy(DeviceConfiguration configuration, long nowMicroseconds)
        {
            this.configuration = configuration;
            lastActivityMicroseconds = nowMicroseconds;
        }

        /// <summary>Motion, a button press or a received command: restarts the idle time.</summary>
        public void NoteActivity(long nowMicroseconds)
        {
            if (nowMicroseconds > lastActivityMicroseconds) lastActivityMicroseconds = nowMicroseconds;
        }

        /// <summary>How long nothing has happened, microseconds.</summary>
        public long IdleMicroseconds(long nowMicroseconds)
        {
            return nowMicroseconds - lastActivityMicroseconds;
        }

        public bool ShouldSleep(long nowMicroseconds, bool connected, bool midSet)
        {
            if (connected || midSet)
            {
                // The idle time counts from the moment the link dropped or the set ended, not from the last motion.
                NoteActivity(nowMicroseconds);
                return false;
            }
            int minutes = configuration.IdleSleepMinutes;
            if (minutes <= 0) return false;
            return IdleMicroseconds(nowMicroseconds) >= minutes * MicrosecondsPerMinute;
        }
    }
}
