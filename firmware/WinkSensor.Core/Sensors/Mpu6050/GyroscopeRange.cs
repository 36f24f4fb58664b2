namespace WinkSensor.Core.Sensors.Mpu6050
{
    /// <summary>Gyroscope full scale (GYRO_CONFIG FS_SEL); the value is the register code.</summary>
    public enum GyroscopeRange : byte
    {
        /// <summary>±250 deg/s, 131 counts per deg/s.</summary>
        PlusMinus250DegreesPerSecond = 0,
        /// <summary>±500 deg/s, 65.5 counts per deg/s.</summary>
        PlusMinus500DegreesPerSecond = 1,
        /// <summary>±1000 deg/s, 32.8 counts per deg/s.</summary>
        PlusMinus1000DegreesPerSecond = 2,
        /// <summary>±2000 deg/s, 16.4 counts per deg/s.</summary>
        PlusMinus2000DegreesPerSecond = 3,
    }
}
