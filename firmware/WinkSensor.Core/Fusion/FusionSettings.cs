namespace WinkSensor.Core.Fusion
{
    /// <summary>Settings of the inclination filter; each field's unit is in its name, defaults below.</summary>
    public sealed class FusionSettings
    {
        /// <summary>Nominal sample rate, Hz. Default 100 (the MPU-6050 FIFO rate the firmware configures).</summary>
        public float SampleRateHertz = 100f;

        /// <summary>Time constant of the accelerometer correction, s. Default 3.</summary>
        public float AccelerometerTimeConstantSeconds = 3f;

        /// <summary>Largest angular rate still counted as rest, deg/s. Default 2.</summary>
        public float RestAngularRateThresholdDegreesPerSecond = 2f;

        /// <summary>Largest deviation of the acceleration from its recent mean still counted as rest, g. Default 0.05.</summary>
        public float RestAccelerationThresholdG = 0.05f;

        /// <summary>How long the sensor must stay within the rest thresholds before rest is declared, s. Default 1.5.</summary>
        public float RestMinimumDurationSeconds = 1.5f;
    }
}
