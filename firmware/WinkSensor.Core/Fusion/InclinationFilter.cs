using WinkSensor.Core.Numerics;
using WinkSensor.Core.Sensors;

namespace WinkSensor.Core.Fusion
{
    /// <summary>
    /// Estimates one sensor's inclination (the up direction in its own frame) from accelerometer and gyroscope: the 6D
    /// part of VQF (Laidig and Seel 2023). The gyro, less its bias estimate, is integrated in quaternions into an
    /// almost-inertial frame; the acceleration is low-passed in that frame and the inclination corrected onto it; the gyro
    /// bias is estimated at rest and in motion.
    /// Two rates, for the device's float budget: the gyro is integrated and the inclination read every sample; rest
    /// detection, the accelerometer correction and the bias estimation run once a correction block
    /// (FusionSettings.CorrectionPeriodSeconds) on the block's mean acceleration in the gyro frame.
    /// Initialise with the settings, call Update once per sample, read Up.
    /// Still-stand start: the first rest (default 1.5 s still) sets the gyro bias at once and re-levels the inclination
    /// from the mean acceleration, so a power-up bias of ±20 deg/s is gone when the stand is over. Call
    /// StartStillStandCalibration to get the same at a later stand.
    /// </summary>
    public sealed class InclinationFilter
    {
        private readonly FusionSettings settings;
        private readonly RestDetector restDetector;
        private readonly GyroBiasEstimator biasEstimator;
        private readonly AccelerometerCorrection accelerometerCorrection;
        // Low-passed rows 1 and 2 of the orientation matrix and of that matrix times the bias (VQF motion bias estimate).
        private readonly ButterworthLowPass motionBiasLowPass;
        private Quaternion gyroOrientation;
        private Vector3 up;
        // The corrected up direction in the almost-inertial gyro frame: changes once a correction block.
        private Vector3 upInGyroFrame;
        // Sum of the acceleration in the gyro frame over the current correction block, g.
        private Vector3 blockAccelerationSum;
        private int blockAccelerationSamples;
        private float blockSeconds;
        // Since the last gyro bias estimate: time, s, and the sum of the corrections' horizontal parts, rad.
        private float biasBlockSeconds;
        private float correctionSumX;
        private float correctionSumY;
        // Where in the current still period the next rest bias window starts: still time, s, and the rest detector's sums then.
        private float restWindowStartSeconds;
        private Vector3 restWindowStartSum;
        private int restWindowStartCount;
        private Vector3 restWindowStartAcceleration;
        private Vector3 correctedAngularRate;
        private bool initialised;
        private bool calibratedAtRest;

        public InclinationFilter(FusionSettings settings)
        {
            this.settings = settings;
            restDetector = new RestDetector(settings);
            biasEstimator = new GyroBiasEstimator(settings);
            accelerometerCorrection = new AccelerometerCorrection(settings);
            motionBiasLowPass = new ButterworthLowPass(8, settings.AccelerometerTimeConstantSeconds);
            Reset();
        }

        /// <summary>Unit vector pointing up (against gravity) in the sensor frame.</summary>
        public Vector3 Up { get { return up; } }

        /// <summary>Current gyroscope bias estimate, deg/s.</summary>
        public Vector3 GyroBiasDegreesPerSecond { get { return biasEstimator.BiasDegreesPerSecond; } }

        /// <summary>The last angular rate with the bias estimate removed, deg/s.</summary>
        public Vector3 CorrectedAngularRateDegreesPerSecond { get { return correctedAngularRate; } }

        /// <summary>True once the first sample has set the initial inclination.</summary>
        public bool IsInitialised { get { return initialised; } }

        /// <summary>True while the sensor is still (gyro bias is being learned).</summary>
        public bool IsAtRest { get { return restDetector.IsAtRest; } }

        /// <summary>
        /// True once a rest since power-up (or since StartStillStandCalibration) has set the gyro bias and re-levelled;
        /// before that the inclination may drift by the uncalibrated gyro bias.
        /// </summary>
        public bool IsCalibratedAtRest { get { return calibratedAtRest; } }

        /// <summary>Standard deviation of the gyro bias estimate on its least certain axis, deg/s.</summary>
        public float GyroBiasUncertaintyDegreesPerSecond { get { return biasEstimator.UncertaintyDegreesPerSecond; } }

        public void Reset()
        {
            restDetector.Reset();
            biasEstimator.Reset();
            accelerometerCorrection.Reset();
            motionBiasLowPass.Reset();
            gyroOrientation = Quaternion.Identity;
            up = new Vector3(0f, 0f, 1f);
            upInGyroFrame = up;
            blockAccelerationSum = Vector3.Zero;
            blockAccelerationSamples = 0;
            blockSeconds = 0f;
            StartBiasBlock();
            correctedAngularRate = Vector3.Zero;
            initialised = false;
            calibratedAtRest = false;
        }

        /// <summary>
        /// Treats the next rest like the one at power-up: the bias estimate is replaced by the mean angular rate at once
        /// and the inclination re-levelled. For a still stand after the gyro may have warmed up or been knocked.
        /// </summary>
        public void StartStillStandCalibration()
        {
            biasEstimator.ForgetToPowerUpUncertainty();
            calibratedAtRest = false;
        }

        public void Update(ImuSample sample, float samplePeriodSeconds)
        {
            if (!(samplePeriodSeconds > 0f)) return;
            correctedAngularRate = sample.AngularRate - biasEstimator.BiasDegreesPerSecond;
            float radiansPerDegreePerSample = samplePeriodSeconds * FloatMath.RadiansPerDegree;
            gyroOrientation = gyroOrientation * Quaternion.FromRotationVector(correctedAngularRate.X * radiansPerDegreePerSample,
                correctedAngularRate.Y * radiansPerDegreePerSample, correctedAngularRate.Z * radiansPerDegreePerSample);

            restDetector.Accumulate(sample);
            Vector3 acceleration = sample.Acceleration;
            // An all-zero acceleration is a failed read, not free fall: the gyro carries the inclination alone.
            bool hasAcceleration = acceleration.X != 0f || acceleration.Y != 0f || acceleration.Z != 0f;
            if (hasAcceleration)
            {
                Vector3 inGyroFrame = gyroOrientation.Rotate(acceleration);
                if (!initialised)
                {
                    // The first acceleration levels the inclination at once; the block means then take over.
                    accelerometerCorrection.Update(inGyroFrame, samplePeriodSeconds);
                    upInGyroFrame = accelerometerCorrection.UpInGyroFrame;
                    initialised = true;
                }
                // Each sample is turned into the gyro frame on its own: summing in the sensor frame and turning the sum by
                // the block's mean orientation costs 30 float operations less but took BROAD trial 15 (fast
                // translation) from 0.41 to 0.61 deg.
                blockAccelerationSum = blockAccelerationSum + inGyroFrame;
                blockAccelerationSamples++;
            }
            blockSeconds += samplePeriodSeconds;
            if (blockSeconds >= settings.CorrectionPeriodSeconds) CompleteBlock();
            if (initialised) up = gyroOrientation.InverseRotate(upInGyroFrame);
        }

        /// <summary>
        /// Once a correction block (CorrectionPeriodSeconds): rest detection, accelerometer correction from the block's
        /// mean acceleration in the gyro frame, gyro bias estimation.
        /// </summary>
        private void CompleteBlock()
        {
            float period = blockSeconds;
            Vector3 bias = biasEstimator.BiasDegreesPerSecond;
            float restBiasLimit = calibratedAtRest ? settings.GyroBiasStepLimitDegreesPerSecond : settings.GyroBiasLimitDegreesPerSecond;
            restDetector.CompleteBlock(period, bias, restBiasLimit);
            bool hasAcceleration = blockAccelerationSamples > 0;
            Vector3 meanAcceleration = hasAcceleration
                ? blockAccelerationSum * (1f / blockAccelerationSamples)
                : Vector3.Zero;
            blockSeconds = 0f;
            blockAccelerationSum = Vector3.Zero;
            blockAccelerationSamples = 0;
            gyroOrientation = gyroOrientation.RenormalizedNearUnit();
            if (!initialised) return;

            if (restDetector.IsAtRest && !calibratedAtRest && settings.EstimateGyroBiasAtRest)
            {
                // The first rest measures the bias outright and re-levels the inclination. The mean over the whole still
                // period, not the low-passed rate: a standing wearer sways by tenths of a degree at 0.05-0.5 Hz, which the
                // low-pass follows and a mean over seconds averages out.
                biasEstimator.SetSamplePeriod(period);
                biasEstimator.SetFromRest(restDetector.StillMeanAngularRateDegreesPerSecond, restDetector.StillSeconds);
                calibratedAtRest = true;
                accelerometerCorrection.Relevel(gyroOrientation.Rotate(restDetector.MeanAccelerationG));
                upInGyroFrame = accelerometerCorrection.UpInGyroFrame;
                motionBiasLowPass.Reset();
                StartBiasBlock();
                return;
            }
            if (!hasAcceleration) return;
            accelerometerCorrection.Update(meanAcceleration, period);
            upInGyroFrame = accelerometerCorrection.UpInGyroFrame;

            // The bias changes slowly: it is estimated less often than the inclination is corrected, from the sum of
            // the corrections since the last estimate.
            Vector3 disagreement = accelerometerCorrection.LastDisagreement;
            correctionSumX += disagreement.X;
            correctionSumY += disagreement.Y;
            biasBlockSeconds += period;
            if (biasBlockSeconds < settings.GyroBiasPeriodSeconds) return;
            float biasPeriod = biasBlockSeconds;
            float correctionX = correctionSumX, correctionY = correctionSumY;
            StartBiasBlock();

            biasEstimator.SetSamplePeriod(biasPeriod);
            motionBiasLowPass.SetSamplePeriod(biasPeriod);
            biasEstimator.Predict();
            bool restUpdate = restDetector.IsAtRest && settings.EstimateGyroBiasAtRest;
            // Before the first rest the bias may be anything up to ±20 deg/s, far beyond what the slow accelerometer
            // correction can measure; estimating it in motion then only does harm (the low-passes keep running).
            // Without rest estimation there is no first rest to wait for: the IMU is taken as calibrated.
            bool measureInMotion = !restUpdate && (calibratedAtRest || !settings.EstimateGyroBiasAtRest);
            if (settings.EstimateGyroBiasInMotion)
            {
                Quaternion orientation = accelerometerCorrection.Correction * gyroOrientation;
                UpdateBiasInMotion(orientation.W, orientation.X, orientation.Y, orientation.Z, bias, biasPeriod,
                    correctionX, correctionY, measureInMotion);
            }
            if (restUpdate) UpdateBiasAtRest();
        }

        /// <summary>
        /// At rest the gyro bias is measured by the mean angular rate over a window of the still period, not by the
        /// low-passed rate, less the window's turn seen by the accelerometer: a standing wearer sways by tenths of a
        /// degree, which over a window of T seconds would leave an error of about sway / T deg/s. The update is still
        /// weighted by StandingSwayDegrees / T (the turn about the vertical is not seen).
        /// </summary>
        private void UpdateBiasAtRest()
        {
            float stillSeconds = restDetector.StillSeconds;
            if (stillSeconds < restWindowStartSeconds) restWindowStartSeconds = 0f;
            bool firstWindow = restWindowStartSeconds == 0f;
            if (firstWindow)
            {
                restWindowStartSum = Vector3.Zero;
                restWindowStartCount = 0;
                restWindowStartAcceleration = restDetector.StillStartAccelerationG;
            }
            float windowSeconds = stillSeconds - restWindowStartSeconds;
            if (windowSeconds < settings.RestBiasWindowSeconds) return;
            int count = restDetector.StillSampleCount - restWindowStartCount;
            Vector3 sum = restDetector.StillAngularRateSumDegreesPerSecond;
            if (count > 0)
            {
                // The turn runs between the running means of the latest accelerations at the window's start and now, both
                // the same time late; the first window starts at the mean of the still period's first blocks instead.
                Vector3 recentAcceleration = restDetector.RecentAccelerationG;
                float turnSeconds = firstWindow
                    ? windowSeconds - 0.5f * restDetector.StillStartSeconds - restDetector.RecentAccelerationLagSeconds
                    : windowSeconds;
                Vector3 mean = (sum - restWindowStartSum) * (1f / count)
                    - GravityTurn.MeanRateBeyondNoiseDegreesPerSecond(restWindowStartAcceleration, recentAcceleration, turnSeconds,
                        settings.RestTurnNoiseDegrees);
                float swayRate = settings.StandingSwayDegrees / windowSeconds;
                float restSigma = settings.GyroBiasUncertaintyAtRestDegreesPerSecond;
                biasEstimator.UpdateAtRest(mean, settings.GyroBiasStepLimitDegreesPerSecond, restSigma * restSigma + swayRate * swayRate);
            }
            restWindowStartSeconds = stillSeconds;
            restWindowStartSum = sum;
            restWindowStartCount = restDetector.StillSampleCount;
            restWindowStartAcceleration = restDetector.RecentAccelerationG;
        }

        private void StartBiasBlock()
        {
            biasBlockSeconds = 0f;
            correctionSumX = 0f;
            correctionSumY = 0f;
        }

        /// <summary>Keeps the low-passed measurement matrix current (also at rest) and, if measure, updates the bias from it.</summary>
        private void UpdateBiasInMotion(float w, float x, float y, float z, Vector3 bias, float periodSeconds,
            float correctionX, float correctionY, bool measure)
        {
            // Rows 1 and 2 of the sensor-to-earth rotation matrix: the horizontal earth axes seen from the sensor.
            Vector3 rowFirst = new Vector3(1f - 2f * (y * y + z * z), 2f * (x * y - w * z), 2f * (x * z + w * y));
            Vector3 rowSecond = new Vector3(2f * (x * y + w * z), 1f - 2f * (x * x + z * z), 2f * (y * z - w * x));
            motionBiasLowPass.Step(0, rowFirst.X);
            motionBiasLowPass.Step(1, rowFirst.Y);
            motionBiasLowPass.Step(2, rowFirst.Z);
            motionBiasLowPass.Step(3, rowSecond.X);
            motionBiasLowPass.Step(4, rowSecond.Y);
            motionBiasLowPass.Step(5, rowSecond.Z);
            motionBiasLowPass.Step(6, Vector3.Dot(rowFirst, bias));
            motionBiasLowPass.Step(7, Vector3.Dot(rowSecond, bias));
            motionBiasLowPass.Complete();
            float[] filtered = motionBiasLowPass.Output;
            if (!measure) return;
            Vector3 filteredFirst = new Vector3(filtered[0], filtered[1], filtered[2]);
            Vector3 filteredSecond = new Vector3(filtered[3], filtered[4], filtered[5]);

            // VQF's measurement: the corrections since the last estimate turned by about (correctionY, −correctionX) rad about
            // the earth x and y axes; its negative per second is the drift the residual bias caused, low-passed like
            // the acceleration: LP(R (b − b̂)). Adding LP(R b̂) gives a measurement of LP(R) b, error = that − LP(R) b̂.
            float ratePerCorrection = FloatMath.DegreesPerRadian / periodSeconds;
            float errorFirst = -correctionY * ratePerCorrection + filtered[6] - Vector3.Dot(filteredFirst, bias);
            float errorSecond = correctionX * ratePerCorrection + filtered[7] - Vector3.Dot(filteredSecond, bias);
            biasEstimator.UpdateInMotion(filteredFirst, filteredSecond, errorFirst, errorSecond, settings.GyroBiasStepLimitDegreesPerSecond);
        }
    }
}
