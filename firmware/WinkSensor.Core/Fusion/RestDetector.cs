using WinkSensor.Core.Numerics;
using WinkSensor.Core.Sensors;

namespace WinkSensor.Core.Fusion
{
    /// <summary>
    /// Decides whether the sensor is still, as VQF does: both the angular rate and the acceleration stay close to their
    /// own low-pass filtered values, and the low-passed angular rate itself is no larger than a gyro bias can be, for a
    /// minimum time. While at rest the low-passed angular rate is the gyro bias measurement.
    /// </summary>
    public sealed class RestDetector
    {
        private readonly FusionSettings settings;
        private readonly ButterworthLowPass angularRateLowPass;
        private readonly ButterworthLowPass accelerationLowPass;
        private Vector3 meanAngularRate;
        private Vector3 meanAcceleration;
        private float stillSeconds;
        private bool atRest;

        public RestDetector(FusionSettings settings)
        {
            this.settings = settings;
            angularRateLowPass = new ButterworthLowPass(3, settings.RestFilterTimeConstantSeconds);
            accelerationLowPass = new ButterworthLowPass(3, settings.RestFilterTimeConstantSeconds);
            Reset();
        }

        /// <summary>True once the sensor has been still for the minimum rest duration, until it moves.</summary>
        public bool IsAtRest { get { return atRest; } }

        /// <summary>Low-passed angular rate, deg/s: the gyro bias while at rest.</summary>
        public Vector3 MeanAngularRateDegreesPerSecond { get { return meanAngularRate; } }

        /// <summary>Low-passed acceleration, g: the up direction times 1 g while at rest.</summary>
        public Vector3 MeanAccelerationG { get { return meanAcceleration; } }

        /// <summary>How long the sensor has been within the rest thresholds, s.</summary>
        public float StillSeconds { get { return stillSeconds; } }

        public void Reset()
        {
            angularRateLowPass.Reset();
            accelerationLowPass.Reset();
            meanAngularRate = Vector3.Zero;
            meanAcceleration = Vector3.Zero;
            stillSeconds = 0f;
            atRest = false;
        }

        /// <summary>
        /// Feeds one sample. biasReferenceDegreesPerSecond and biasLimitDegreesPerSecond bound how far (per axis) the
        /// low-passed angular rate may sit from the current bias estimate and still count as rest: a slow steady turn
        /// must not be taken for a bias.
        /// </summary>
        public void Update(ImuSample sample, float samplePeriodSeconds, Vector3 biasReferenceDegreesPerSecond, float biasLimitDegreesPerSecond)
        {
            angularRateLowPass.SetSamplePeriod(samplePeriodSeconds);
            accelerationLowPass.SetSamplePeriod(samplePeriodSeconds);
            meanAngularRate = angularRateLowPass.Update(sample.AngularRate);
            meanAcceleration = accelerationLowPass.Update(sample.Acceleration);

            float angularRateThreshold = settings.RestAngularRateThresholdDegreesPerSecond;
            float accelerationThreshold = settings.RestAccelerationThresholdG;
            Vector3 offBias = meanAngularRate - biasReferenceDegreesPerSecond;
            bool still = (sample.AngularRate - meanAngularRate).LengthSquared < angularRateThreshold * angularRateThreshold
                && (sample.Acceleration - meanAcceleration).LengthSquared < accelerationThreshold * accelerationThreshold
                && FloatMath.Abs(offBias.X) <= biasLimitDegreesPerSecond
                && FloatMath.Abs(offBias.Y) <= biasLimitDegreesPerSecond
                && FloatMath.Abs(offBias.Z) <= biasLimitDegreesPerSecond;
            if (!still)
            {
                stillSeconds = 0f;
                atRest = false;
                return;
            }
            stillSeconds += samplePeriodSeconds;
            if (stillSeconds >= settings.RestMinimumDurationSeconds) atRest = true;
        }
    }
}
