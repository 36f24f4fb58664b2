namespace WinkSensor.Core.Kinematics
{
    /// <summary>Settings of the sacrum's vertical-motion estimate (rep depth and speed); units in the names.</summary>
    public sealed class VerticalMotionSettings
    {
        /// <summary>Standard gravity, m/s^2, to turn g into m/s^2.</summary>
        public const float StandardGravityMetersPerSecondSquared = 9.80665f;

        /// <summary>Longest rep whose depth and speed are measured, s. Default 15 (the slowest reps last about 5 s,
        /// a pause at the bottom adds a few). A longer rep is still counted, its depth is reported as not measured.</summary>
        public float MaximumRepDurationSeconds = 15f;

        /// <summary>Highest sample rate the rep buffer must hold, Hz. Default 105 (100 Hz with a fast sensor clock).</summary>
        public float MaximumSampleRateHertz = 105f;

        /// <summary>Upward speed below which the ascent counts as finished, m/s. Default 0.02.</summary>
        public float ConcentricEndSpeedMetersPerSecond = 0.02f;
    }
}
