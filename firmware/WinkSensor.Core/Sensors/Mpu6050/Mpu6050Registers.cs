namespace WinkSensor.Core.Sensors.Mpu6050
{
    /// <summary>
    /// MPU-6050 register addresses and bit fields used by the driver and the simulated part
    /// (InvenSense RM-MPU-6000A-00 rev 4.2; motion-detection registers from rev 3.2 and InvenSense Motion Driver 5.1,
    /// see docs/mpu6050-driver.md). All sensor registers are big-endian two's complement.
    /// </summary>
    public static class Mpu6050Registers
    {
        /// <summary>I2C address with AD0 low: the sacrum sensor.</summary>
        public const byte SacrumAddress = 0x68;
        /// <summary>I2C address with AD0 high: the thoracolumbar sensor.</summary>
        public const byte ThoracolumbarAddress = 0x69;

        public const byte SampleRateDivider = 0x19;      // SMPLRT_DIV
        public const byte Configuration = 0x1A;          // CONFIG: DLPF_CFG[2:0]
        public const byte GyroscopeConfiguration = 0x1B; // GYRO_CONFIG: FS_SEL[4:3]
        public const byte AccelerometerConfiguration = 0x1C; // ACCEL_CONFIG: AFS_SEL[4:3], ACCEL_HPF[2:0]
        public const byte MotionThreshold = 0x1F;        // MOT_THR
        public const byte MotionDuration = 0x20;         // MOT_DUR, 1 ms per count
        public const byte FifoEnable = 0x23;             // FIFO_EN
        public const byte InterruptPinConfiguration = 0x37; // INT_PIN_CFG
        public const byte InterruptEnable = 0x38;        // INT_ENABLE
        public const byte InterruptStatus = 0x3A;        // INT_STATUS, clears on read
        public const byte AccelerometerXHigh = 0x3B;     // ACCEL_XOUT_H, first of 14 data registers
        public const byte TemperatureHigh = 0x41;        // TEMP_OUT_H
        public const byte GyroscopeXHigh = 0x43;         // GYRO_XOUT_H
        public const byte MotionDetectionControl = 0x69; // MOT_DETECT_CTRL
        public const byte UserControl = 0x6A;            // USER_CTRL
        public const byte PowerManagement1 = 0x6B;       // PWR_MGMT_1
        public const byte PowerManagement2 = 0x6C;       // PWR_MGMT_2
        public const byte FifoCountHigh = 0x72;          // FIFO_COUNT_H (then FIFO_COUNT_L)
        public const byte FifoReadWrite = 0x74;          // FIFO_R_W: successive reads pop successive bytes
        public const byte WhoAmI = 0x75;                 // WHO_AM_I

        /// <summary>WHO_AM_I reads 0x68 at either address (AD0 does not change it).</summary>
        public const byte WhoAmIValue = 0x68;

        /// <summary>Values the part holds after power-on or DEVICE_RESET; every other register resets to 0.</summary>
        public const byte PowerManagement1ResetValue = 0x40;

        // PWR_MGMT_1
        public const byte DeviceReset = 0x80;
        public const byte Sleep = 0x40;
        public const byte Cycle = 0x20;
        public const byte TemperatureDisable = 0x08;
        public const byte ClockSelectMask = 0x07;
        /// <summary>CLKSEL = 1: PLL with the X gyroscope as reference (recommended over the internal 8 MHz oscillator).</summary>
        public const byte ClockPllGyroscopeX = 0x01;
        public const byte ClockStopped = 0x07;

        // PWR_MGMT_2
        public const byte WakeFrequencyShift = 6;        // LP_WAKE_CTRL[7:6]: 0 = 1.25 Hz, 1 = 5 Hz, 2 = 20 Hz, 3 = 40 Hz
        public const byte GyroscopeStandbyAll = 0x07;    // STBY_XG | STBY_YG | STBY_ZG

        // CONFIG
        public const byte LowPassFilterMask = 0x07;

        // GYRO_CONFIG / ACCEL_CONFIG
        public const byte FullScaleShift = 3;
        public const byte FullScaleMask = 0x18;
        public const byte AccelerometerHighPassMask = 0x07;
        /// <summary>ACCEL_HPF = 0: filter in reset, its output is zero, so motion detection never fires.</summary>
        public const byte AccelerometerHighPassReset = 0x00;
        /// <summary>ACCEL_HPF = 7: hold the current sample as reference; motion = departure from it.</summary>
        public const byte AccelerometerHighPassHold = 0x07;

        // FIFO_EN
        public const byte FifoTemperature = 0x80;
        public const byte FifoGyroscopeX = 0x40;
        public const byte FifoGyroscopeY = 0x20;
        public const byte FifoGyroscopeZ = 0x10;
        public const byte FifoAccelerometer = 0x08;
        /// <summary>Accelerometer and the three gyroscope axes: 12-byte frames AX AY AZ GX GY GZ.</summary>
        public const byte FifoAccelerometerAndGyroscope = 0x78;

        // INT_PIN_CFG
        public const byte InterruptActiveLow = 0x80;     // INT_LEVEL
        public const byte InterruptOpenDrain = 0x40;     // INT_OPEN
        public const byte InterruptLatched = 0x20;       // LATCH_INT_EN: held until INT_STATUS is read
        public const byte InterruptClearOnAnyRead = 0x10; // INT_RD_CLEAR

        // INT_ENABLE and INT_STATUS share bit positions
        public const byte MotionInterrupt = 0x40;        // MOT_EN / MOT_INT
        public const byte FifoOverflowInterrupt = 0x10;  // FIFO_OFLOW_EN / FIFO_OFLOW_INT
        public const byte DataReadyInterrupt = 0x01;     // DATA_RDY_EN / DATA_RDY_INT

        // USER_CTRL
        public const byte UserFifoEnable = 0x40;
        /// <summary>FIFO_RESET: empties the FIFO when written while FIFO_EN (0x40) is 0; clears itself.</summary>
        public const byte UserFifoReset = 0x04;

        /// <summary>FIFO size in bytes.</summary>
        public const int FifoCapacityBytes = 1024;
        /// <summary>Bytes of one FIFO frame with FIFO_EN = 0x78.</summary>
        public const int FrameBytes = 12;

        /// <summary>Gyroscope output rate with the DLPF on (DLPF_CFG 1..6), Hz; 8000 with it off.</summary>
        public const int FilteredGyroscopeRateHertz = 1000;
    }
}
