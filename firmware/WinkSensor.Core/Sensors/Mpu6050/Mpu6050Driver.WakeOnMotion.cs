using WinkSensor.Core.Hardware;

namespace WinkSensor.Core.Sensors.Mpu6050
{
    /// <summary>
    /// Wake on motion: the accelerometer alone, in low-power cycle mode, raises the INT pin (which can wake the ESP32)
    /// when any axis departs from a held reference by more than a threshold.
    ///
    /// Sources (the current register map rev 4.2 leaves these registers out):
    /// - InvenSense Embedded Motion Driver 5.1, inv_mpu.c, mpu_lp_motion_interrupt(), MPU6050 branch: disable
    ///   interrupts; accelerometer on, gyroscopes in standby (PWR_MGMT_2 bits 2:0); DLPF_CFG = 0; INT_ENABLE = 0x40
    ///   (MOT_EN, bit 6); MOT_THR (0x1F) with "1LSb = 32mg" and MOT_DUR (0x20) in ms, minimum 1; wait 5 ms so the
    ///   high-pass filter (ACCEL_CONFIG bits 2:0, 0 = reset) settles; ACCEL_HPF = 7 ("hold": the current sample
    ///   becomes the reference); PWR_MGMT_1 = CYCLE (0x20) and PWR_MGMT_2 = LP_WAKE_CTRL (bits 7:6: 1.25/5/20/40 Hz)
    ///   | STBY_XG|YG|ZG. Bit values BIT_MOT_INT_EN 0x40, BITS_HPF 0x07, BIT_LPA_CYCLE 0x20, BIT_STBY_XYZG 0x07.
    /// - Register map rev 4.2, PWR_MGMT_2: accelerometer-only low-power mode also sets TEMP_DIS (PWR_MGMT_1 bit 3).
    /// - INT_PIN_CFG (0x37): bit 7 INT_LEVEL (1 = active low), bit 6 INT_OPEN (1 = open drain), bit 5 LATCH_INT_EN
    ///   (held until INT_STATUS is read), bit 4 INT_RD_CLEAR (i2cdevlib MPU6050.h; Adafruit_MPU6050).
    /// - The threshold scale is disputed: register-map text quoted by i2cdevlib says 2 mg per count; the vendor's own
    ///   driver code uses 32 mg. We follow the vendor code; the constant is below. To be confirmed on the bench.
    /// </summary>
    public sealed partial class Mpu6050Driver
    {
        /// <summary>MOT_THR scale, mg per count (InvenSense Motion Driver 5.1, MPU6050).</summary>
        public const int MotionThresholdMilliGPerCount = 32;

        /// <summary>Wait between ConfigureWakeOnMotion and EnterLowPowerMotionDetection, ms (vendor driver: 5 ms).</summary>
        public const int WakeOnMotionSettleMilliseconds = 5;

        /// <summary>INT pin for waking the ESP32: active high, push-pull, latched until INT_STATUS is read.</summary>
        public const byte WakeInterruptPinConfiguration = Mpu6050Registers.InterruptLatched;

        /// <summary>
        /// First step of wake on motion: stops the FIFO, leaves the accelerometer running at full power with the
        /// high-pass filter in reset, and arms the motion interrupt. Wait WakeOnMotionSettleMilliseconds (Thread.Sleep(10)
        /// on the device), then call EnterLowPowerMotionDetection. Start brings the sensor back to normal sampling.
        /// </summary>
        /// <param name="thresholdMilliG">Departure from the held reference on any axis that counts as motion, mg; 32 to 8160, rounded to 32 mg steps.</param>
        /// <param name="durationMilliseconds">How long the departure must last, ms; 1 to 255.</param>
        public Mpu6050Error ConfigureWakeOnMotion(int thresholdMilliG, int durationMilliseconds)
        {
            lastError = Mpu6050Error.None;
            if (thresholdMilliG < MotionThresholdMilliGPerCount || thresholdMilliG > 255 * MotionThresholdMilliGPerCount
                || durationMilliseconds < 1 || durationMilliseconds > 255)
            {
                return Fail(Mpu6050Error.InvalidArgument);
            }
            byte thresholdCounts = (byte)((thresholdMilliG + MotionThresholdMilliGPerCount / 2) / MotionThresholdMilliGPerCount);
            byte accelerometerRange = (byte)((int)settings.AccelerometerRange << Mpu6050Registers.FullScaleShift);

            if (!Write(Mpu6050Registers.InterruptEnable, 0)) return lastError;
            if (!Write(Mpu6050Registers.UserControl, 0)) return lastError;
            if (!Write(Mpu6050Registers.FifoEnable, 0)) return lastError;
            // Internal oscillator: the PLL's reference, the X gyroscope, is about to go to standby.
            if (!Write(Mpu6050Registers.PowerManagement1, 0)) return lastError;
            if (!Write(Mpu6050Registers.PowerManagement2, Mpu6050Registers.GyroscopeStandbyAll)) return lastError;
            if (!Write(Mpu6050Registers.Configuration, 0)) return lastError;
            if (!Write(Mpu6050Registers.AccelerometerConfiguration, (byte)(accelerometerRange | Mpu6050Registers.AccelerometerHighPassReset))) return lastError;
            if (!Write(Mpu6050Registers.InterruptPinConfiguration, WakeInterruptPinConfiguration)) return lastError;
            if (!Write(Mpu6050Registers.MotionThreshold, thresholdCounts)) return lastError;
            if (!Write(Mpu6050Registers.MotionDuration, (byte)durationMilliseconds)) return lastError;
            if (!Write(Mpu6050Registers.InterruptEnable, Mpu6050Registers.MotionInterrupt)) return lastError;

            health = Mpu6050Health.WakeOnMotion;
            stateEnteredMicroseconds = clockMicroseconds;
            framesLeftInFifo = 0;
            return Mpu6050Error.None;
        }

        /// <summary>
        /// Second step: holds the present acceleration as the reference (ACCEL_HPF = 7) and enters accelerometer-only
        /// cycle mode at the given wake rate, gyroscopes in standby, temperature sensor off.
        /// </summary>
        public Mpu6050Error EnterLowPowerMotionDetection(MotionWakeRate wakeRate)
        {
            lastError = Mpu6050Error.None;
            if (health != Mpu6050Health.WakeOnMotion) return Fail(Mpu6050Error.NotRunning);
            if (wakeRate > MotionWakeRate.Wake40Hertz) return Fail(Mpu6050Error.InvalidArgument);
            byte accelerometerRange = (byte)((int)settings.AccelerometerRange << Mpu6050Registers.FullScaleShift);
            if (!Write(Mpu6050Registers.AccelerometerConfiguration, (byte)(accelerometerRange | Mpu6050Registers.AccelerometerHighPassHold))) return lastError;

            // PWR_MGMT_1 and PWR_MGMT_2 in one burst, as the vendor driver does.
            writeBuffer[0] = Mpu6050Registers.PowerManagement1;
            writeBuffer[1] = (byte)(Mpu6050Registers.Cycle | Mpu6050Registers.TemperatureDisable);
            writeBuffer[2] = (byte)(((int)wakeRate << Mpu6050Registers.WakeFrequencyShift) | Mpu6050Registers.GyroscopeStandbyAll);
            I2cTransferStatus status = bus.WriteRead(address, writeBuffer, 3, readBuffer, 0);
            if (status != I2cTransferStatus.FullTransfer)
            {
                RecordFailure(status);
                return lastError;
            }
            return Mpu6050Error.None;
        }

        /// <summary>Reads (and so clears) INT_STATUS; bit 6 (Mpu6050Registers.MotionInterrupt) = motion was detected.</summary>
        public Mpu6050Error ReadInterruptStatus(out byte status)
        {
            lastError = Mpu6050Error.None;
            status = 0;
            if (!Read(Mpu6050Registers.InterruptStatus, 1)) return lastError;
            status = readBuffer[0];
            return Mpu6050Error.None;
        }
    }
}
