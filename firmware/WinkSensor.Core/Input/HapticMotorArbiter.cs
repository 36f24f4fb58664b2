using WinkSensor.Core.Hardware;

namespace WinkSensor.Core.Input
{
    /// <summary>
    /// Shares the one vibration motor between the wink alarm and device messages. The device runtime drives it
    /// through this IHapticMotor and always wins: a wink buzz must be felt at once, inside the rep. A status pattern
    /// (low battery, button confirmations) plays only while the runtime leaves the motor off. Allocation-free.
    /// </summary>
    public sealed class HapticMotorArbiter : IHapticMotor
    {
        private readonly IHapticMotor motor;
        private bool alarmOn;
        private bool statusOn;
        private bool motorOn;
        private OnOffPattern statusPattern;
        private long statusStartMicroseconds;
        private bool statusStartPending;

        public HapticMotorArbiter(IHapticMotor motor)
        {
            this.motor = motor;
        }

        /// <summary>The runtime's wink alarm.</summary>
        public void Drive(bool on)
        {
            alarmOn = on;
            Apply(alarmOn || statusOn);
        }

        /// <summary>Queues a one-shot status pattern; it starts at the next Update.</summary>
        public void PlayStatus(OnOffPattern pattern)
        {
            statusPattern = pattern;
            statusStartPending = true;
        }

        public bool IsPlayingStatus { get { return statusPattern != null; } }

        /// <summary>True while the motor runs for either reason (battery readings wait for it to stop: the motor's
        /// current makes the cell voltage sag).</summary>
        public bool IsMotorOn { get { return motorOn; } }

        /// <summary>Call every loop pass.</summary>
        public void Update(long nowMicroseconds)
        {
            statusOn = false;
            if (statusPattern != null)
            {
                if (statusStartPending)
                {
                    statusStartMicroseconds = nowMicroseconds;
                    statusStartPending = false;
                }
                long elapsed = nowMicroseconds - statusStartMicroseconds;
                if (statusPattern.IsFinishedAt(elapsed)) statusPattern = null;
                else statusOn = statusPattern.IsOnAt(elapsed);
            }
            Apply(alarmOn || statusOn);
        }

        private void Apply(bool on)
        {
            if (on == motorOn) return;
            motorOn = on;
            motor.Drive(on);
        }
    }
}
