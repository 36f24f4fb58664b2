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
        // Sum of the block mean accelerations (g) of the still period's first StartSeconds, their count and length (s).
        private Vector3 stillStartAccelerationSum;
        private int stillStartBlocks;
        private float stillStartSeconds;
        // Running mean of the latest block accelerations (time constant RecentSeconds), g, and its lag, s.
        private Vector3 recentAcceleration;
        private float recentAccelerationLagSeconds;
        private bool atRest;
        private bool hasMeans;

        /// <summary>The mean acceleration over a still period's first StartSeconds is its start direction, s.</summary>
        public const float StartSeconds = 0.2f;

        /// <summary>Time constant of the running mean of the latest accelerations, s (its end direction).</summary>
        public const float RecentSeconds = 0.1f;

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

        /// <summary>
        /// Mean angular rate since the sensor became still less the turn the accelerometer saw over that time (standing
        /// sway, see GravityTurn), deg/s: the gyro bias measurement of the still period.
        /// </summary>
        public Vector3 StillBiasDegreesPerSecond
        {
            get
            {
                if (stillSamples == 0) return meanAngularRate;
                float seconds = stillSeconds - 0.5f * stillStartSeconds - recentAccelerationLagSeconds;
                return StillMeanAngularRateDegreesPerSecond
                    - GravityTurn.MeanRateDegreesPerSecond(stillStartAccelerationSum, recentAcceleration, seconds);
            }
        }

        /// <summary>
        /// Running mean of the latest block accelerations, g, sensor frame (time constant RecentSeconds): the direction
        /// at the end of a stretch, RecentAccelerationLagSeconds before the latest block's end.
        /// </summary>
        public Vector3 RecentAccelerationG { get { return recentAcceleration; } }

        /// <summary>How long before the end of the latest block RecentAccelerationG stands for, s.</summary>
        public float RecentAccelerationLagSeconds { get { return recentAccelerationLagSeconds; } }

        /// <summary>Mean acceleration over the first StartSeconds of the current still period, g (zero while not still).</summary>
        public Vector3 StillStartAccelerationG
        {
            get { return stillStartBlocks > 0 ? stillStartAccelerationSum * (1f / stillStartBlocks) : Vector3.Zero; }
        }

        /// <summary>Time the blocks of StillStartAccelerationG cover, s.</summary>
        public float StillStartSeconds { get { return stillStartSeconds; } }

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
            stillStartAccelerationSum = Vector3.Zero;
            stillStartBlocks = 0;
            stillStartSeconds = 0f;
            recentAcceleration = Vector3.Zero;
            recentAccelerationLagSeconds = 0f;
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
            Vector3 blockAcceleration = blockAccelerationSum * inverseCount;
            meanAcceleration = accelerationLowPass.Update(blockAcceleration);
            // A discrete running mean with weight a = block / RecentSeconds lags (1 - a) / a blocks behind the latest
            // block's middle, half a block before its end.
            float weight = blockSeconds < RecentSeconds ? blockSeconds / RecentSeconds : 1f;
            recentAcceleration = recentAcceleration + (blockAcceleration - recentAcceleration) * weight;
            recentAccelerationLagSeconds = blockSeconds * ((1f - weight) / weight + 0.5f);
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
                stillStartAccelerationSum = Vector3.Zero;
                stillStartBlocks = 0;
                stillStartSeconds = 0f;
                atRest = false;
                return;
            }
            if (stillStartSeconds < StartSeconds)
            {
                stillStartAccelerationSum = stillStartAccelerationSum + blockAcceleration;
                stillStartBlocks++;
                stillStartSeconds += blockSeconds;
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
