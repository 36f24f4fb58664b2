namespace WinkSensor.Core.Sensors.Mpu6050
{
    /// <summary>How often the accelerometer wakes in low-power cycle mode (PWR_MGMT_2 LP_WAKE_CTRL); value = register code.</summary>
    public enum MotionWakeRate : byte
    {
        Wake1Point25Hertz = 0,
        Wake5Hertz = 1,
        Wake20Hertz = 2,
        Wake40Hertz = 3,
    }
}
