using WinkSensor.Core.Hardware;

namespace WinkSensor.Core.Runtime
{
    /// <summary>
    /// Plays a haptic pattern on the motor, advanced by the sample clock: Start switches the motor on at once (the
    /// wink buzz must not wait for the next tick), Tick switches it at each step boundary. The motor is driven only
    /// when its state changes.
    /// </summary>
    public sealed class HapticSequencer
    {
        private readonly IHapticMotor motor;
        private int[] pattern;
        private int step;
        private long stepStartMicroseconds;
        private bool active;
        private bool motorOn;

        public HapticSequencer(IHapticMotor motor)
        {
            this.motor = motor;
            pattern = HapticPatterns.DurationsMilliseconds(HapticPatternKind.WinkLong);
        }

        public bool IsPlaying { get { return active; } }

        public bool IsMotorOn { get { return motorOn; } }

        public void Start(HapticPatternKind kind, long timeMicroseconds)
        {
            pattern = HapticPatterns.DurationsMilliseconds(kind);
            step = 0;
            stepStartMicroseconds = timeMicroseconds;
            active = true;
            Switch(true);
        }

        public void Stop()
        {
            active = false;
            Switch(false);
        }

        public void Tick(long timeMicroseconds)
        {
            if (!active) return;
            while (active && timeMicroseconds - stepStartMicroseconds >= pattern[step] * 1000L)
            {
                stepStartMicroseconds += pattern[step] * 1000L;
                step++;
                if (step >= pattern.Length) active = false;
            }
            Switch(active && (step & 1) == 0);
        }

        private void Switch(bool on)
        {
            if (on == motorOn) return;
            motorOn = on;
            if (motor != null) motor.Drive(on);
        }
    }
}
