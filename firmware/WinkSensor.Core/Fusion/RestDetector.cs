using WinkSensor.Core.Numerics;
using WinkSensor.Core.Sensors;

namespace WinkSensor.Core.Fusion
{
    /// <summary>
    /// Decides whether the sensor is still, as VQF does: both the angular rate and the acceleration stay close to their
    /// own low-pass filtered values, and the low-passed angular rate itself is no larger than a gyro bias can be, for a
    /// minimum time. While at rest the low-passed angular rate is the gyro bias measurement.
    /// Runs at two rates to save the device's float budget: every sample is only compared with the current means
    /// (Accumulate); the low-pass filters and the still time move once a correction block (CompleteBlock), fed the
    /// block's mean. A block is still when every one of its samples was.
    /// </summary>
    public sealed class RestDetector
    {
        private readonly FusionSettings settings;
        private readonly ButterworthLowPass angularRateLowPass;
        private readonly ButterworthLowPass accelerationLowPass;
        private Vector3 meanAngularRate;
        private Vector3 meanAcceleration;
        private Vector3 blockAngularRateSum;
        private Vector3 blockAccelerationSum;
        private int blockSamples;
        private bool blockStill;
        private float angularRateThresholdSquared;
        private float accelerationThresholdSquared;
        private float stillSeconds;
        // Sum of the angular rate and sample count since the sensor became still.
        private Vector3 stillAngularRateSum;
        private int stillSamples;
        private bool atRest;
        private bool hasMeans;

        public RestDetector(FusionSettings settings)
        {
            this.settings = settings;
            angularRateLowPass = new ButterworthLowPass(3, settings.RestFilterTimeConstantSeconds);
            accelerationLowPass = new ButterworthLowPass(3, settings.RestFilterTimeConstantSeconds);
            Reset();
        }

        /// <summary>True once the sensor has been still for the minimum time.</summary>
        public bool IsAtRest { get { return atRest; } }

        /// <summary>Low-pass filtered angular rate, deg/s (the bias measurement while at rest).</summary>
        public Vector3 MeanAngularRateDegreesPerSecond { get { return meanAngularRate; } }

        /// <summary>Low-pass filtered acceleration, g, in the sensor frame.</summary>
        public Vector3 MeanAccelerationG { get { return meanAcceleration; } }

        /// <summary>
        /// Mean angular rate since the sensor became still, deg/s. A standing wearer sways slowly (tenths of a degree at
        /// 0.05-0.5 Hz), which the low-passed rate follows but a mean over seconds averages out.
        /// </summary>
        public Vector3 StillMeanAngularRateDegreesPerSecond
        {
            get { return stillSamples > 0 ? stillAngularRateSum * (1f / stillSamples) : meanAngularRate; }
        }

        /// <summary>Sum of the angular rate samples since the sensor became still, deg/s (see StillSampleCount).</summary>
        public Vector3 StillAngularRateSumDegreesPerSecond { get { return stillAngularRateSum; } }

        /// <summary>Samples summed in StillAngularRateSumDegreesPerSecond.</summary>
        public int StillSampleCount { get { return stillSamples; } }

        /// <summary>How long the sensor has been still without a break, s.</summary>
        public float StillSeconds { get { return stillSeconds; } }

        public void Reset()
        {
            angularRateLowPass.Reset();
            accelerationLowPass.Reset();
            meanAngularRate = Vector3.Zero;
            meanAcceleration = Vector3.Zero;
            float angularRateThreshold = settings.RestAngularRateThresholdDegreesPerSecond;
            float accelerationThreshold = settings.RestAccelerationThresholdG;
            angularRateThresholdSquared = angularRateThreshold * angularRateThreshold;
            accelerationThresholdSquared = accelerationThreshold * accelerationThreshold;
            stillSeconds = 0f;
            stillAngularRateSum = Vector3.Zero;
            stillSamples = 0;
            atRest = false;
            hasMeans = false;
            StartBlock();
        }

        /// <summary>Every sample: adds it to the block and checks it against the current means (about 25 float operations).</summary>
        public void Accumulate(ImuSample sample)
        {
            blockAngularRateSum = blockAngularRateSum + sample.AngularRate;
            blockAccelerationSum = blockAccelerationSum + sample.Acceleration;
            blockSamples++;
            if (!blockStill) return;
            blockStill = (sample.AngularRate - meanAngularRate).LengthSquared < angularRateThresholdSquared
                && (sample.Acceleration - meanAcceleration).LengthSquared < accelerationThresholdSquared;
        }

        /// <summary>
        /// Once a block: moves the low-pass filters by the block's mean and the still time by the block's length.
        /// </summary>
        /// <param name="blockSeconds">Time the block's samples cover, s.</param>
        /// <param name="biasReferenceDegreesPerSecond">Current gyro bias estimate, deg/s.</param>
        /// <param name="biasLimitDegreesPerSecond">How far the low-passed rate may sit from the estimate and still be rest, deg/s.</param>
        public void CompleteBlock(float blockSeconds, Vector3 biasReferenceDegreesPerSecond, float biasLimitDegreesPerSecond)
        {
            if (blockSamples == 0) return;
            float inverseCount = 1f / blockSamples;
            angularRateLowPass.SetSamplePeriod(blockSeconds);
            accelerationLowPass.SetSamplePeriod(blockSeconds);
            meanAngularRate = angularRateLowPass.Update(blockAngularRateSum * inverseCount);
            meanAcceleration = accelerationLowPass.Update(blockAccelerationSum * inverseCount);
            // The first block's samples were compared with no means at all: it is never still.
            bool still = blockStill && hasMeans;
            hasMeans = true;
            Vector3 blockSum = blockAngularRateSum;
            int blockCount = blockSamples;
            StartBlock();

            Vector3 offBias = meanAngularRate - biasReferenceDegreesPerSecond;
            still = still
                && FloatMath.Abs(offBias.X) <= biasLimitDegreesPerSecond
                && FloatMath.Abs(offBias.Y) <= biasLimitDegreesPerSecond
                && FloatMath.Abs(offBias.Z) <= biasLimitDegreesPerSecond;
            if (!still)
            {
                stillSeconds = 0f;
                stillAngularRateSum = Vector3.Zero;
                stillSamples = 0;
                atRest = false;
                return;
            }
            stillSeconds += blockSeconds;
            stillAngularRateSum = stillAngularRateSum + blockSum;
            stillSamples += blockCount;
            if (stillSeconds >= settings.RestMinimumDurationSeconds) atRest = true;
        }

        private void StartBlock()
        {
            blockAngularRateSum = Vector3.Zero;
            blockAccelerationSum = Vector3.Zero;
            blockSamples = 0;
            blockStill = true;
        }
    }
}
