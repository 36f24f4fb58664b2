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

        /// <summary>How long before the last still, standing moment a rep's measurement starts, s. Default 0.3 (the
        /// first 0.1-0.2 s of a slow descent look still to the rep segmenter, yet the sacrum is already moving).</summary>
        public float PreRollSeconds = 0.3f;

        /// <summary>How much of the still stand may stay in the rep buffer in front of the pre-roll before it is trimmed,
        /// s: the buffer is shifted in batches rather than at every still sample, to keep the per-sample cost low.</summary>
        public const float TrimSlackSeconds = 0.2f;

        /// <summary>Largest gravity leak per unit sine of the sacrum's tilt that the drift removal attributes to the
        /// accelerometer's offset and scale errors, m/s^2. Default 0.75 (about 75 mg: the MPU-6050's ±50-80 mg zero-g
        /// offsets and ±3 % scale tolerance stay below it). A larger end velocity is removed as a constant drift.</summary>
        public float MaximumTiltLeakMetersPerSecondSquared = 0.75f;

        /// <summary>How far before the given end a rep cut short by the next descent may be ended instead, at its last
        /// quiet moment, s. Default 0.5 (the segmenter sees a quick descent 0.05-0.3 s after the sacrum starts dropping).</summary>
        public float RepEndSearchSeconds = 0.5f;

        /// <summary>Vertical acceleration below which the sacrum counts as quiet when a rep's end is searched, m/s^2.
        /// Default 0.15 (sensor noise is about 0.03; the start of a slow descent reaches it within 0.1-0.2 s).</summary>
        public float QuietAccelerationMetersPerSecondSquared = 0.15f;

        /// <summary>Largest sacrum tilt against standing, deg, and tilt rate, deg/s, at which the sacrum counts as quiet
        /// when a rep's end is searched. Default 5.</summary>
        public float QuietTiltDegrees = 5f;

        /// <summary>Upward speed that bounds the concentric phase at both ends: it starts when the sacrum rises faster
        /// than this after the lowest point (or the end of a pause) and ends when it rises slower again, m/s. Default 0.05
        /// (lower bounds make the mean depend on the slow last centimetres of the rise, which soft tissue blurs).</summary>
        public float ConcentricBoundarySpeedMetersPerSecond = 0.05f;
    }
}
