namespace WinkSensor.Core.Sensors.Mpu6050
{
    /// <summary>
    /// How the driver configures one MPU-6050 and how it judges the sensor's health. Units are in the names;
    /// the defaults below are what the wearable uses (reasons in docs/mpu6050-driver.md).
    /// </summary>
    public sealed class Mpu6050Settings
    {
        /// <summary>
        /// FIFO sample rate, Hz. Default 100: the gyroscope runs at 1 kHz with the DLPF on and SMPLRT_DIV = 9.
        /// Must divide 1000 exactly, between 4 and 1000 Hz.
        /// </summary>
        public int SampleRateHertz = 100;

        /// <summary>
        /// Default 44 Hz (about 4.9 ms delay). At 100 Hz output the Nyquist frequency is 50 Hz: the 94 Hz or 184 Hz
        /// settings would let the wearable's own vibration motor (an ERM spinning at roughly 150 to 250 Hz) and
        /// footstep/bar impacts alias into the squat band, which is below about 10 Hz. 44 Hz is the widest setting
        /// that still rolls off before Nyquist, and its 4.9 ms is half a sample period: small against the tens of
        /// milliseconds a lifter needs to feel the buzz. The 21 Hz setting would double the delay for no gain.
        /// </summary>
        public Mpu6050LowPassFilter LowPassFilter = Mpu6050LowPassFilter.Bandwidth44Hertz;

        /// <summary>
        /// Default ±4 g (0.12 mg per count). The sacrum sees about 1 g ± 1 g in a loaded squat; the bounce out of the
        /// hole, re-racking and stepping can pass 2 g, which would saturate ±2 g. ±4 g keeps resolution far below
        /// the 400 µg/√Hz noise.
        /// </summary>
        public AccelerometerRange AccelerometerRange = AccelerometerRange.PlusMinus4G;

        /// <summary>
        /// Default ±500 deg/s (0.015 deg/s per count). Pelvis and lumbar rates in a squat stay around 50 to 200 deg/s,
        /// but a fast bounce, walking out of the rack or a dropped bar can pass 250 deg/s; saturation would corrupt
        /// the integrated angle. ±500 covers that with quantisation still well under the 0.05 deg/s noise.
        /// </summary>
        public GyroscopeRange GyroscopeRange = GyroscopeRange.PlusMinus500DegreesPerSecond;

        /// <summary>Consecutive failed calls (NACK, partial transfer, bus fault) before the sensor counts as lost. Default 3.</summary>
        public int ConsecutiveFailuresBeforeLost = 3;

        /// <summary>How often a lost sensor is probed (one WHO_AM_I read), ms. Default 500.</summary>
        public int ReconnectProbeIntervalMilliseconds = 500;

        /// <summary>Time without a single new frame after which a running sensor is re-initialised, ms. Default 250 (25 periods).</summary>
        public int StallTimeoutMilliseconds = 250;

        /// <summary>Wait after DEVICE_RESET before configuring, ms. Default 100 (InvenSense drivers wait 100 ms).</summary>
        public int ResetDelayMilliseconds = 100;

        /// <summary>True when every field is in range.</summary>
        public bool IsValid
        {
            get
            {
                if (SampleRateHertz < 4 || SampleRateHertz > Mpu6050Registers.FilteredGyroscopeRateHertz) return false;
                if (Mpu6050Registers.FilteredGyroscopeRateHertz % SampleRateHertz != 0) return false;
                if (LowPassFilter < Mpu6050LowPassFilter.Bandwidth184Hertz || LowPassFilter > Mpu6050LowPassFilter.Bandwidth5Hertz) return false;
                if (AccelerometerRange > AccelerometerRange.PlusMinus16G) return false;
                if (GyroscopeRange > GyroscopeRange.PlusMinus2000DegreesPerSecond) return false;
                if (ConsecutiveFailuresBeforeLost < 1) return false;
                if (ReconnectProbeIntervalMilliseconds < 0 || StallTimeoutMilliseconds <= 0 || ResetDelayMilliseconds < 0) return false;
                return true;
            }
        }

        /// <summary>SMPLRT_DIV value: 1 kHz / (1 + divider) = SampleRateHertz.</summary>
        public byte SampleRateDivider { get { return (byte)(Mpu6050Registers.FilteredGyroscopeRateHertz / SampleRateHertz - 1); } }

        /// <summary>Nominal sample period, µs (the part's own clock may differ by about 1 %).</summary>
        public int SamplePeriodMicroseconds { get { return 1000000 / SampleRateHertz; } }

        /// <summary>g per accelerometer count at the configured range.</summary>
        public float AccelerometerGPerCount
        {
            get
            {
                switch (AccelerometerRange)
                {
                    case AccelerometerRange.PlusMinus2G: return 1f / 16384f;
                    case AccelerometerRange.PlusMinus8G: return 1f / 4096f;
                    case AccelerometerRange.PlusMinus16G: return 1f / 2048f;
                    default: return 1f / 8192f;
                }
            }
        }

        /// <summary>deg/s per gyroscope count at the configured range.</summary>
        public float GyroscopeDegreesPerSecondPerCount
        {
            get
            {
                switch (GyroscopeRange)
                {
                    case GyroscopeRange.PlusMinus250DegreesPerSecond: return 1f / 131f;
                    case GyroscopeRange.PlusMinus1000DegreesPerSecond: return 1f / 32.8f;
                    case GyroscopeRange.PlusMinus2000DegreesPerSecond: return 1f / 16.4f;
                    default: return 1f / 65.5f;
                }
            }
        }
    }
}
