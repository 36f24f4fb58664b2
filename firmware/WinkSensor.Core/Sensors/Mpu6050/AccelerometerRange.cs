namespace WinkSensor.Core.Sensors.Mpu6050
{
    /// <summary>Accelerometer full scale (ACCEL_CONFIG AFS_SEL); the value is the register code.</summary>
    public enum AccelerometerRange : byte
    {
        /// <summary>±2 g, 16384 counts per g.</summary>
        PlusMinus2G = 0,
        /// <summary>±4 g, 8192 counts per g.</summary>
        PlusMinus4G = 1,
        /// <summary>±8 g, 4096 counts per g.</summary>
        PlusMinus8G = 2,
        /// <summary>±16 g, 2048 counts per g.</summary>
        PlusMinus16G = 3,
    }
}
