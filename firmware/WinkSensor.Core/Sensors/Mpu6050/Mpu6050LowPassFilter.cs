namespace WinkSensor.Core.Sensors.Mpu6050
{
    /// <summary>
    /// Digital low-pass filter (CONFIG DLPF_CFG); the value is the register code. Bandwidths accelerometer/gyroscope
    /// and delays from the product specification. All of them keep the gyroscope output rate at 1 kHz; the unfiltered
    /// 260 Hz setting (8 kHz gyroscope rate) is deliberately absent.
    /// </summary>
    public enum Mpu6050LowPassFilter : byte
    {
        /// <summary>184/188 Hz, about 2.0 ms delay.</summary>
        Bandwidth184Hertz = 1,
        /// <summary>94/98 Hz, about 3.0 ms delay.</summary>
        Bandwidth94Hertz = 2,
        /// <summary>44/42 Hz, about 4.9 ms delay.</summary>
        Bandwidth44Hertz = 3,
        /// <summary>21/20 Hz, about 8.5 ms delay.</summary>
        Bandwidth21Hertz = 4,
        /// <summary>10 Hz, about 13.8 ms delay.</summary>
        Bandwidth10Hertz = 5,
        /// <summary>5 Hz, about 19.0 ms delay.</summary>
        Bandwidth5Hertz = 6,
    }
}
