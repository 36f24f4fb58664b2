namespace WinkSensor.Core.Fusion
{
    /// <summary>
    /// Settings of the inclination filter; each field's unit is in its name, defaults below. Defaults are VQF's published
    /// ones (Laidig and Seel 2023) except: the gyro bias range at power-up (MPU-6050: ±20 deg/s), the two-rate
    /// scheme (correction and bias periods), the rest bias windows, the time constant 3.25 s and in-motion bias
    /// uncertainty 0.06 deg/s (chosen on the four BROAD trials), and the bias forgetting time 15 s and standing sway
    /// 0.1 deg (chosen on simulated squat sessions, checked on BROAD); see docs/fusion.md.
    /// </summary>
    public sealed class FusionSettings
    {
        /// <summary>Nominal sample rate, Hz. Default 100 (the MPU-6050 FIFO rate the firmware configures).</summary>
        public float SampleRateHertz = 100f;

        /// <summary>
        /// Time constant of the accelerometer low-pass in the almost-inertial frame, s (VQF tauAcc: 3). Default 3.25.
        /// Longer rides out squat accelerations better but follows gyro errors for longer.
        /// </summary>
        public float AccelerometerTimeConstantSeconds = 3.25f;

        /// <summary>
        /// How often rest detection, the accelerometer correction and the gyro bias estimation run, s. Default 0.05
        /// (every 5th sample at 100 Hz). The gyro is integrated and the inclination read every sample; the slower
        /// parts see each block's mean, which cuts the float operations a sample by more than half (docs/fusion.md).
        /// 0 runs them every sample, as VQF does. At 0.1 s BROAD trial 15 (fast translation) ends 1.5 % above VQF.
        /// </summary>
        public float CorrectionPeriodSeconds = 0.05f;

        /// <summary>
        /// How often the gyro bias estimate is updated, s, in whole correction blocks. Default 0.2 (every 4th block).
        /// The bias drifts over minutes; the estimate sees the sum of the corrections since its last update.
        /// </summary>
        public float GyroBiasPeriodSeconds = 0.2f;

        /// <summary>Largest deviation of the angular rate from its low-passed value still counted as rest, deg/s. Default 2.</summary>
        public float RestAngularRateThresholdDegreesPerSecond = 2f;

        /// <summary>Largest deviation of the acceleration from its low-passed value still counted as rest, g. Default 0.05 (VQF: 0.5 m/s²).</summary>
        public float RestAccelerationThresholdG = 0.05f;

        /// <summary>How long the sensor must stay within the rest thresholds before rest is declared, s. Default 1.5.</summary>
        public float RestMinimumDurationSeconds = 1.5f;

        /// <summary>Time constant of the rest detector's own low-pass filters, s. Default 0.5.</summary>
        public float RestFilterTimeConstantSeconds = 0.5f;

        /// <summary>Length of the windows of a rest whose mean angular rate updates the gyro bias, s. Default 2.</summary>
        public float RestBiasWindowSeconds = 2f;

        /// <summary>
        /// How far a still-standing wearer's segments sway within a rest window, deg; the window's mean angular rate is
        /// trusted to this over the window length (deg/s), on top of the rest uncertainty. Default 0.1, chosen on
        /// simulated squat sessions (docs/fusion.md): postural sway is tenths of a degree, but weighting the rest windows
        /// as that uncertain let the simulated gyro drift run on between sets.
        /// </summary>
        public float StandingSwayDegrees = 0.1f;

        /// <summary>
        /// A rest window's turn seen by the accelerometer (GravityTurn) is taken off its mean angular rate less this much,
        /// deg; smaller turns count as accelerometer noise. Default 0.06, chosen on BROAD: the table-top trials do not
        /// sway, and at 0.03 their accelerometer noise moved trial 10 by +0.0004 deg. The first rest and the standing
        /// calibration take the whole turn off.
        /// </summary>
        public float RestTurnNoiseDegrees = 0.08f;

        /// <summary>Estimate the gyro bias while the sensor is still. Default true.</summary>
        public bool EstimateGyroBiasAtRest = true;

        /// <summary>
        /// Estimate the gyro bias while the sensor moves, from the accelerometer corrections (VQF motion bias estimation).
        /// Default true. Costs about 250 float operations a sample (docs/fusion.md). With rest estimation on, it starts
        /// after the first rest (the still-stand calibration); with rest estimation off, at once.
        /// </summary>
        public bool EstimateGyroBiasInMotion = true;

        /// <summary>
        /// Standard deviation of the gyro bias before the first rest, deg/s, and the most its uncertainty can grow to
        /// without measurements. Default 20 (MPU-6050 zero-rate output at power-up; VQF uses 0.5 for calibrated IMUs).
        /// The first rest (and a still-stand calibration) replaces the estimate outright.
        /// </summary>
        public float GyroBiasUncertaintyAtPowerUpDegreesPerSecond = 20f;

        /// <summary>Largest gyro bias estimate per axis, deg/s; also how far from zero the angular rate may sit and still count as rest before the first rest calibration. Default 25.</summary>
        public float GyroBiasLimitDegreesPerSecond = 25f;

        /// <summary>
        /// Largest disagreement between a bias measurement and the estimate used in one update, per axis, deg/s; after
        /// the first rest also how far the low-passed angular rate may sit from the estimate and still count as rest.
        /// Default 2 (VQF biasClip): bias drift is slow, anything larger is motion.
        /// </summary>
        public float GyroBiasStepLimitDegreesPerSecond = 2f;

        /// <summary>
        /// Time in which the bias uncertainty grows by 0.1 deg/s without measurements, s (VQF biasForgettingTime: 100).
        /// Default 15: the MPU-6050's zero-rate output drifts with temperature as the wearable warms on the body
        /// (chosen on simulated squat sessions; see docs/fusion.md for its effect on BROAD).
        /// </summary>
        public float GyroBiasForgettingTimeSeconds = 15f;

        /// <summary>Steady-state uncertainty of the bias estimated in motion, deg/s (VQF biasSigmaMotion: 0.1). Default 0.06.</summary>
        public float GyroBiasUncertaintyInMotionDegreesPerSecond = 0.06f;

        /// <summary>Steady-state uncertainty of the bias estimated at rest, deg/s (VQF biasSigmaRest). Default 0.03.</summary>
        public float GyroBiasUncertaintyAtRestDegreesPerSecond = 0.03f;
    }
}
