using WinkSensor.Core.Numerics;
using WinkSensor.Core.Sensors;

namespace WinkSensor.Core.Fusion
{
    /// <summary>
    /// Estimates one sensor's inclination (the up direction in its own frame) from accelerometer and gyroscope.
    /// Initialise with the settings, call Update once per sample, read Up.
    /// PROVISIONAL: a plain complementary filter so the rest of the pipeline has the final API to build on.
    /// </summary>
    public sealed class InclinationFilter
    {
        private readonly FusionSettings settings;
        private Vector3 up;
        private Vector3 gyroBias;
        private Vector3 correctedAngularRate;
        private bool initialised;

        public InclinationFilter(FusionSettings settings)
        {
            this.settings = settings;
            Reset();
        }

        /// <summary>Unit vector pointing up (against gravity) in the sensor frame.</summary>
        public Vector3 Up { get { return up; } }

        /// <summary>Current gyroscope bias estimate, deg/s.</summary>
        public Vector3 GyroBiasDegreesPerSecond { get { return gyroBias; } }

        /// <summary>The last angular rate with the bias estimate removed, deg/s.</summary>
        public Vector3 CorrectedAngularRateDegreesPerSecond { get { return correctedAngularRate; } }

        /// <summary>True once the first sample has set the initial inclination.</summary>
        public bool IsInitialised { get { return initialised; } }

        /// <summary>True while the sensor is still (gyro bias is being learned).</summary>
        public bool IsAtRest { get { return false; } }

        public void Reset()
        {
            up = new Vector3(0f, 0f, 1f);
            gyroBias = Vector3.Zero;
            correctedAngularRate = Vector3.Zero;
            initialised = false;
        }

        public void Update(ImuSample sample, float samplePeriodSeconds)
        {
            Vector3 measuredUp = sample.Acceleration.Normalized();
            if (!initialised)
            {
                if (measuredUp.LengthSquared > 0f)
                {
                    up = measuredUp;
                    initialised = true;
                }
                return;
            }
            correctedAngularRate = sample.AngularRate - gyroBias;
            // A fixed vector seen from a rotating frame turns the other way: dUp/dt = -omega x up.
            Vector3 omega = correctedAngularRate * FloatMath.RadiansPerDegree;
            up = (up - Vector3.Cross(omega, up) * samplePeriodSeconds).Normalized();
            float gain = samplePeriodSeconds / (settings.AccelerometerTimeConstantSeconds + samplePeriodSeconds);
            if (measuredUp.LengthSquared > 0f) up = (up + (measuredUp - up) * gain).Normalized();
        }
    }
}
