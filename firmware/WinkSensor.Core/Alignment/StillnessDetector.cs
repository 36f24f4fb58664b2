using WinkSensor.Core.Fusion;
using WinkSensor.Core.Numerics;
using WinkSensor.Core.Sensors;

namespace WinkSensor.Core.Alignment
{
    /// <summary>
    /// Measures how long one sensor has been still: every sample must stay within a tolerance of the mean of the
    /// current still stretch, otherwise the stretch restarts at that sample. Keeps the stretch's mean acceleration
    /// (the up direction, g) and mean angular rate, and the gyroscope offset: the mean angular rate less the turn the
    /// accelerometer saw between the stretch's first samples and its latest ones (standing sway, see GravityTurn).
    /// </summary>
    public sealed class StillnessDetector
    {
        private readonly AlignmentSettings settings;
        private readonly float accelerationToleranceG;
        private readonly float angularRateToleranceDegreesPerSecond;
        private Vector3 accelerationSum;
        private Vector3 angularRateSum;
        private int count;
        // Mean acceleration of the stretch's first EndSamples samples, and a running mean of the latest ones, g.
        private Vector3 startAccelerationSum;
        private Vector3 recentAcceleration;
        private long startMicroseconds;
        private long lastMicroseconds;

        /// <summary>For the standing calibration: tolerances and the stand's criteria (IsStillLongEnough) from the settings.</summary>
        /// <summary>Samples at each end of a stretch whose mean acceleration measures the sway's turn (0.1 s at 100 Hz).</summary>
        public const int EndSamples = 10;

        // Weight of a new sample in the running mean of the latest accelerations (1 / EndSamples).
        private const float RecentWeight = 1f / EndSamples;

        public StillnessDetector(AlignmentSettings settings)
            : this(settings.StillAccelerationToleranceG, settings.StillAngularRateToleranceDegreesPerSecond)
        {
            this.settings = settings;
        }

        /// <summary>With explicit tolerances, g and deg/s; IsStillLongEnough is then not available (always false).</summary>
        public StillnessDetector(float accelerationToleranceG, float angularRateToleranceDegreesPerSecond)
        {
            this.accelerationToleranceG = accelerationToleranceG;
            this.angularRateToleranceDegreesPerSecond = angularRateToleranceDegreesPerSecond;
            Reset();
        }

        public void Reset()
        {
            accelerationSum = Vector3.Zero;
            angularRateSum = Vector3.Zero;
            startAccelerationSum = Vector3.Zero;
            recentAcceleration = Vector3.Zero;
            count = 0;
            startMicroseconds = 0;
            lastMicroseconds = 0;
        }

        public void Update(long timeMicroseconds, ImuSample sample)
        {
            if (count > 0)
            {
                float inverse = 1f / count;
                Vector3 accelerationDeviation = sample.Acceleration - accelerationSum * inverse;
                Vector3 angularRateDeviation = sample.AngularRate - angularRateSum * inverse;
                if (accelerationDeviation.LengthSquared > accelerationToleranceG * accelerationToleranceG
                    || angularRateDeviation.LengthSquared > angularRateToleranceDegreesPerSecond * angularRateToleranceDegreesPerSecond)
                    count = 0;
            }
            if (count == 0)
            {
                accelerationSum = Vector3.Zero;
                angularRateSum = Vector3.Zero;
                startAccelerationSum = Vector3.Zero;
                recentAcceleration = sample.Acceleration;
                startMicroseconds = timeMicroseconds;
            }
            if (count < EndSamples) startAccelerationSum = startAccelerationSum + sample.Acceleration;
            recentAcceleration = recentAcceleration + (sample.Acceleration - recentAcceleration) * RecentWeight;
            accelerationSum = accelerationSum + sample.Acceleration;
            angularRateSum = angularRateSum + sample.AngularRate;
            count++;
            lastMicroseconds = timeMicroseconds;
        }

        /// <summary>Length of the current still stretch, s (0 before the first sample).</summary>
        public float StillSeconds { get { return count == 0 ? 0f : (lastMicroseconds - startMicroseconds) * 1e-6f; } }

        /// <summary>Mean acceleration over the still stretch, g.</summary>
        public Vector3 MeanAccelerationG { get { return count == 0 ? Vector3.Zero : accelerationSum * (1f / count); } }

        /// <summary>Mean angular rate over the still stretch: the gyroscope offset, deg/s.</summary>
        public Vector3 MeanAngularRateDegreesPerSecond { get { return count == 0 ? Vector3.Zero : angularRateSum * (1f / count); } }

        /// <summary>
        /// The gyroscope offset, deg/s: the mean angular rate over the still stretch less the turn its accelerometer saw
        /// (the sway's turn, except about gravity). Over 2 s of standing sway this is about five times closer to the
        /// offset than the plain mean. Stretches shorter than three times EndSamples give the plain mean.
        /// </summary>
        public Vector3 GyroscopeOffsetDegreesPerSecond
        {
            get
            {
                if (count < 3 * EndSamples) return MeanAngularRateDegreesPerSecond;
                // The first samples' mean sits (EndSamples - 1) / 2 samples after the start, the running mean about
                // EndSamples - 1 samples before the latest sample.
                float sampleSeconds = StillSeconds / (count - 1);
                float seconds = StillSeconds - 1.5f * (EndSamples - 1) * sampleSeconds;
                return MeanAngularRateDegreesPerSecond - GravityTurn.MeanRateDegreesPerSecond(startAccelerationSum, recentAcceleration, seconds);
            }
        }

        /// <summary>True when the stretch is long enough to calibrate and its mean looks like gravity alone.</summary>
        public bool IsStillLongEnough
        {
            get
            {
                if (settings == null || StillSeconds < settings.StandingStillSeconds) return false;
                float magnitude = MeanAccelerationG.Length;
                return magnitude >= settings.MinimumStillAccelerationG && magnitude <= settings.MaximumStillAccelerationG;
            }
        }
    }
}
