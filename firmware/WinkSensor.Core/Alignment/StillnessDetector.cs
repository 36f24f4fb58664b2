using WinkSensor.Core.Numerics;
using WinkSensor.Core.Sensors;

namespace WinkSensor.Core.Alignment
{
    /// <summary>
    /// Measures how long one sensor has been still: every sample must stay within a tolerance of the mean of the
    /// current still stretch, otherwise the stretch restarts at that sample. Keeps the stretch's mean acceleration
    /// (the up direction, g) and mean angular rate (the gyroscope offset, deg/s).
    /// </summary>
    public sealed class StillnessDetector
    {
        private readonly AlignmentSettings settings;
        private readonly float accelerationToleranceG;
        private readonly float angularRateToleranceDegreesPerSecond;
        private Vector3 accelerationSum;
        private Vector3 angularRateSum;
        private int count;
        private long startMicroseconds;
        private long lastMicroseconds;

        /// <summary>For the standing calibration: tolerances and the stand's criteria (IsStillLongEnough) from the settings.</summary>
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
                startMicroseconds = timeMicroseconds;
            }
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
