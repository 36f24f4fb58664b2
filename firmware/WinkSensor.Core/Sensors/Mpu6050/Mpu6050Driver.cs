using WinkSensor.Core.Hardware;
using WinkSensor.Core.Numerics;

namespace WinkSensor.Core.Sensors.Mpu6050
{
    /// <summary>
    /// Register-level MPU-6050 driver: FIFO sampling of accelerometer + gyroscope in 12-byte frames.
    /// Call Drain every 10 to 20 ms with the microsecond clock; it brings the sensor up (reset, wait, configure),
    /// reads whole frames only, re-synchronises the FIFO after an overflow and re-initialises a sensor that was lost
    /// and answers again. Nothing is thrown and nothing is allocated after construction: the outcome of each call is
    /// in LastError, Health and the counters.
    /// </summary>
    public sealed partial class Mpu6050Driver
    {
        /// <summary>Frames read per I2C burst (96 bytes, about 2.4 ms at 400 kHz).</summary>
        public const int FramesPerBurst = 8;

        private readonly II2cBus bus;
        private readonly byte address;
        private readonly Mpu6050Settings settings;
        private readonly byte[] writeBuffer = new byte[3];
        private readonly byte[] readBuffer = new byte[FramesPerBurst * Mpu6050Registers.FrameBytes];

        private float accelerometerGPerCount;
        private float gyroscopeDegreesPerSecondPerCount;
        private Mpu6050Health health = Mpu6050Health.NotStarted;
        private Mpu6050Error lastError = Mpu6050Error.None;
        private long clockMicroseconds;
        private long stateEnteredMicroseconds;
        private long lastFrameMicroseconds;
        private long lastReadMicroseconds;
        private int consecutiveFailures;
        private bool fifoNeedsReset;
        private bool recovering;

        private long framesRead;
        private int fifoOverflows;
        private long samplesLost;
        private int busErrors;
        private int reinitialisations;
        private int lastSamplesLost;
        private int framesLeftInFifo;

        /// <param name="bus">The shared I2C bus.</param>
        /// <param name="address">0x68 (sacrum) or 0x69 (thoracolumbar).</param>
        /// <param name="settings">Configuration; read at every (re)initialisation.</param>
        public Mpu6050Driver(II2cBus bus, byte address, Mpu6050Settings settings)
        {
            this.bus = bus;
            this.address = address;
            this.settings = settings;
        }

        public byte Address { get { return address; } }

        public Mpu6050Settings Settings { get { return settings; } }

        public Mpu6050Health Health { get { return health; } }

        /// <summary>Outcome of the last call (None when it went well).</summary>
        public Mpu6050Error LastError { get { return lastError; } }

        /// <summary>Whole frames read and converted since construction.</summary>
        public long FramesRead { get { return framesRead; } }

        /// <summary>FIFO overflows and alignment losses, each followed by a FIFO reset.</summary>
        public int FifoOverflows { get { return fifoOverflows; } }

        /// <summary>Samples lost to overflows since construction (estimated from the elapsed time, see LastSamplesLost).</summary>
        public long SamplesLost { get { return samplesLost; } }

        /// <summary>Failed transactions (NACK, partial transfer, bus fault) while the sensor was not yet declared lost.</summary>
        public int BusErrors { get { return busErrors; } }

        /// <summary>Times the sensor was reset and configured again after being lost or stalled.</summary>
        public int Reinitialisations { get { return reinitialisations; } }

        /// <summary>
        /// Samples discarded by the last call's FIFO reset: the frames produced since the previous successful read
        /// (elapsed time / sample period, on the sensor's nominal clock) plus those left behind then. 0 if none.
        /// </summary>
        public int LastSamplesLost { get { return lastSamplesLost; } }

        /// <summary>Whole frames still in the FIFO after the last Drain (it reads at most the caller's capacity).</summary>
        public int FramesLeftInFifo { get { return framesLeftInFifo; } }

        /// <summary>
        /// First step of bring-up: checks WHO_AM_I and writes DEVICE_RESET. Wait Settings.ResetDelayMilliseconds, then
        /// call Configure (or simply keep calling Drain, which does it when the time has come).
        /// </summary>
        public Mpu6050Error Start(long nowMicroseconds)
        {
            lastError = Mpu6050Error.None;
            clockMicroseconds = nowMicroseconds;
            if (!settings.IsValid) return Fail(Mpu6050Error.InvalidSettings);
            BeginReset(nowMicroseconds);
            return lastError;
        }

        /// <summary>
        /// Second step of bring-up: wake with the PLL clock, filter, ranges, sample-rate divider, FIFO of accelerometer +
        /// gyroscope, FIFO reset. Verifies USER_CTRL and PWR_MGMT_1 read back; if not, the part is reset again.
        /// </summary>
        public Mpu6050Error Configure(long nowMicroseconds)
        {
            lastError = Mpu6050Error.None;
            clockMicroseconds = nowMicroseconds;
            if (!settings.IsValid) return Fail(Mpu6050Error.InvalidSettings);
            accelerometerGPerCount = settings.AccelerometerGPerCount;
            gyroscopeDegreesPerSecondPerCount = settings.GyroscopeDegreesPerSecondPerCount;

            // Clock first: the gyroscope needs tens of ms to start, the remaining writes give it some of that.
            if (!Write(Mpu6050Registers.PowerManagement1, Mpu6050Registers.ClockPllGyroscopeX)) return lastError;
            if (!Write(Mpu6050Registers.Configuration, (byte)settings.LowPassFilter)) return lastError;
            if (!Write(Mpu6050Registers.GyroscopeConfiguration, (byte)((int)settings.GyroscopeRange << Mpu6050Registers.FullScaleShift))) return lastError;
            if (!Write(Mpu6050Registers.AccelerometerConfiguration, (byte)((int)settings.AccelerometerRange << Mpu6050Registers.FullScaleShift))) return lastError;
            if (!Write(Mpu6050Registers.SampleRateDivider, settings.SampleRateDivider)) return lastError;
            // INT_STATUS bit 4 is the first overflow witness; it is only set for an enabled interrupt.
            if (!Write(Mpu6050Registers.InterruptEnable, Mpu6050Registers.FifoOverflowInterrupt)) return lastError;
            // FIFO_EN must be the enable bits (0x78); the upstream nanoFramework binding wrote FIFO_RESET here.
            if (!Write(Mpu6050Registers.FifoEnable, Mpu6050Registers.FifoAccelerometerAndGyroscope)) return lastError;
            if (!ResetFifo()) return lastError;

            // USER_CTRL (0x6A) and PWR_MGMT_1 (0x6B) are adjacent: one read confirms the part took the configuration.
            if (!Read(Mpu6050Registers.UserControl, 2)) return lastError;
            if (readBuffer[0] != Mpu6050Registers.UserFifoEnable || readBuffer[1] != Mpu6050Registers.ClockPllGyroscopeX)
            {
                lastError = Mpu6050Error.ConfigurationRejected;
                WriteReset(nowMicroseconds);
                return Mpu6050Error.ConfigurationRejected;
            }

            if (recovering) reinitialisations++;
            recovering = false;
            consecutiveFailures = 0;
            fifoNeedsReset = false;
            health = Mpu6050Health.Running;
            stateEnteredMicroseconds = nowMicroseconds;
            lastFrameMicroseconds = nowMicroseconds;
            lastReadMicroseconds = nowMicroseconds;
            framesLeftInFifo = 0;
            return Mpu6050Error.None;
        }

        /// <summary>
        /// Reads up to maximumFrames whole frames from the FIFO into destination[startIndex...], oldest first,
        /// in g and deg/s; returns how many. Also advances bring-up and recovery, so call it even when the sensor is
        /// not running (it then returns 0). nowMicroseconds is the caller's monotonic clock (HighResTimer).
        /// </summary>
        public int Drain(long nowMicroseconds, ImuSample[] destination, int startIndex, int maximumFrames)
        {
            lastError = Mpu6050Error.None;
            lastSamplesLost = 0;
            clockMicroseconds = nowMicroseconds;
            if (destination == null || startIndex < 0 || maximumFrames < 0 || startIndex + maximumFrames > destination.Length)
            {
                lastError = Mpu6050Error.InvalidArgument;
                return 0;
            }

            switch (health)
            {
                case Mpu6050Health.NotStarted:
                    Start(nowMicroseconds);
                    return 0;
                case Mpu6050Health.Resetting:
                    if (nowMicroseconds - stateEnteredMicroseconds >= settings.ResetDelayMilliseconds * 1000L) Configure(nowMicroseconds);
                    return 0;
                case Mpu6050Health.Lost:
                case Mpu6050Health.WrongIdentity:
                    if (nowMicroseconds - stateEnteredMicroseconds >= settings.ReconnectProbeIntervalMilliseconds * 1000L)
                    {
                        recovering = true;
                        BeginReset(nowMicroseconds);
                    }
                    else
                    {
                        lastError = Mpu6050Error.NotRunning;
                    }
                    return 0;
                case Mpu6050Health.WakeOnMotion:
                    lastError = Mpu6050Error.NotRunning;
                    return 0;
                default:
                    return ReadFrames(nowMicroseconds, destination, startIndex, maximumFrames);
            }
        }

        private int ReadFrames(long nowMicroseconds, ImuSample[] destination, int startIndex, int maximumFrames)
        {
            if (fifoNeedsReset)
            {
                Resynchronise(nowMicroseconds, 0);
                return 0;
            }

            if (!Read(Mpu6050Registers.InterruptStatus, 1)) return 0;
            if ((readBuffer[0] & Mpu6050Registers.FifoOverflowInterrupt) != 0)
            {
                Resynchronise(nowMicroseconds, 0);
                return 0;
            }

            int countBytes;
            if (!ReadFifoCount(out countBytes)) return 0;
            if (countBytes % Mpu6050Registers.FrameBytes != 0)
            {
                // A count read while a frame is being pushed could be caught mid-frame: look once more before resetting.
                if (!ReadFifoCount(out countBytes)) return 0;
            }
            if (countBytes % Mpu6050Registers.FrameBytes != 0 || countBytes + Mpu6050Registers.FrameBytes > Mpu6050Registers.FifoCapacityBytes)
            {
                Resynchronise(nowMicroseconds, countBytes / Mpu6050Registers.FrameBytes);
                return 0;
            }

            int available = countBytes / Mpu6050Registers.FrameBytes;
            if (available == 0)
            {
                consecutiveFailures = 0;
                framesLeftInFifo = 0;
                if (nowMicroseconds - lastFrameMicroseconds > settings.StallTimeoutMilliseconds * 1000L)
                {
                    recovering = true;
                    WriteReset(nowMicroseconds);
                    if (health == Mpu6050Health.Resetting) lastError = Mpu6050Error.Stalled;
                }
                return 0;
            }

            int wanted = available < maximumFrames ? available : maximumFrames;
            int done = 0;
            while (done < wanted)
            {
                int burst = wanted - done;
                if (burst > FramesPerBurst) burst = FramesPerBurst;
                writeBuffer[0] = Mpu6050Registers.FifoReadWrite;
                I2cTransferStatus status = bus.WriteRead(address, writeBuffer, 1, readBuffer, burst * Mpu6050Registers.FrameBytes);
                if (status != I2cTransferStatus.FullTransfer)
                {
                    // Some bytes may have left the FIFO: frame alignment is no longer known.
                    fifoNeedsReset = true;
                    RecordFailure(status);
                    break;
                }
                for (int frame = 0; frame < burst; frame++)
                {
                    destination[startIndex + done + frame] = ConvertFrame(frame * Mpu6050Registers.FrameBytes);
                }
                done += burst;
            }

            if (done > 0)
            {
                framesRead += done;
                lastFrameMicroseconds = nowMicroseconds;
                lastReadMicroseconds = nowMicroseconds;
                framesLeftInFifo = available - done;
                if (!fifoNeedsReset) consecutiveFailures = 0;
            }
            return done;
        }

        private ImuSample ConvertFrame(int offset)
        {
            byte[] b = readBuffer;
            float ax = (short)((b[offset] << 8) | b[offset + 1]) * accelerometerGPerCount;
            float ay = (short)((b[offset + 2] << 8) | b[offset + 3]) * accelerometerGPerCount;
            float az = (short)((b[offset + 4] << 8) | b[offset + 5]) * accelerometerGPerCount;
            float gx = (short)((b[offset + 6] << 8) | b[offset + 7]) * gyroscopeDegreesPerSecondPerCount;
            float gy = (short)((b[offset + 8] << 8) | b[offset + 9]) * gyroscopeDegreesPerSecondPerCount;
            float gz = (short)((b[offset + 10] << 8) | b[offset + 11]) * gyroscopeDegreesPerSecondPerCount;
            return new ImuSample(new Vector3(ax, ay, az), new Vector3(gx, gy, gz));
        }

        /// <summary>Empties the FIFO and reports the samples that went with it; frames are aligned again afterwards.</summary>
        private void Resynchronise(long nowMicroseconds, int framesDiscarded)
        {
            if (!ResetFifo()) return;
            int produced = (int)((nowMicroseconds - lastReadMicroseconds) / settings.SamplePeriodMicroseconds) + framesLeftInFifo;
            int lost = produced > framesDiscarded ? produced : framesDiscarded;
            fifoNeedsReset = false;
            fifoOverflows++;
            lastSamplesLost = lost;
            samplesLost += lost;
            framesLeftInFifo = 0;
            lastReadMicroseconds = nowMicroseconds;
            lastFrameMicroseconds = nowMicroseconds;
            consecutiveFailures = 0;
            lastError = Mpu6050Error.FifoOverflow;
        }

        /// <summary>FIFO_RESET only acts while USER_CTRL.FIFO_EN is 0 (register map 4.29), so: disable+reset, then enable.</summary>
        private bool ResetFifo()
        {
            if (!Write(Mpu6050Registers.UserControl, Mpu6050Registers.UserFifoReset)) return false;
            return Write(Mpu6050Registers.UserControl, Mpu6050Registers.UserFifoEnable);
        }

        private bool ReadFifoCount(out int countBytes)
        {
            countBytes = 0;
            if (!Read(Mpu6050Registers.FifoCountHigh, 2)) return false;
            countBytes = (readBuffer[0] << 8) | readBuffer[1];
            return true;
        }

        /// <summary>WHO_AM_I check, then DEVICE_RESET; the sensor ends Resetting, Lost or WrongIdentity.</summary>
        private void BeginReset(long nowMicroseconds)
        {
            if (!Read(Mpu6050Registers.WhoAmI, 1))
            {
                EnterLost(nowMicroseconds);
                return;
            }
            if (readBuffer[0] != Mpu6050Registers.WhoAmIValue)
            {
                health = Mpu6050Health.WrongIdentity;
                stateEnteredMicroseconds = nowMicroseconds;
                lastError = Mpu6050Error.WrongIdentity;
                return;
            }
            WriteReset(nowMicroseconds);
        }

        private void WriteReset(long nowMicroseconds)
        {
            if (!Write(Mpu6050Registers.PowerManagement1, Mpu6050Registers.DeviceReset))
            {
                if (health != Mpu6050Health.Lost) EnterLost(nowMicroseconds);
                return;
            }
            health = Mpu6050Health.Resetting;
            stateEnteredMicroseconds = nowMicroseconds;
            fifoNeedsReset = false;
            framesLeftInFifo = 0;
        }

        private void EnterLost(long nowMicroseconds)
        {
            health = Mpu6050Health.Lost;
            stateEnteredMicroseconds = nowMicroseconds;
        }

        private bool Write(byte register, byte value)
        {
            writeBuffer[0] = register;
            writeBuffer[1] = value;
            I2cTransferStatus status = bus.WriteRead(address, writeBuffer, 2, readBuffer, 0);
            if (status == I2cTransferStatus.FullTransfer) return true;
            RecordFailure(status);
            return false;
        }

        private bool Read(byte register, int count)
        {
            writeBuffer[0] = register;
            I2cTransferStatus status = bus.WriteRead(address, writeBuffer, 1, readBuffer, count);
            if (status == I2cTransferStatus.FullTransfer) return true;
            RecordFailure(status);
            return false;
        }

        /// <summary>Counts a failed transaction; enough of them in a row and a running sensor is declared lost.</summary>
        private void RecordFailure(I2cTransferStatus status)
        {
            switch (status)
            {
                case I2cTransferStatus.AddressNotAcknowledged: lastError = Mpu6050Error.AddressNotAcknowledged; break;
                case I2cTransferStatus.PartialTransfer: lastError = Mpu6050Error.PartialTransfer; break;
                default: lastError = Mpu6050Error.BusFault; break;
            }
            if (health == Mpu6050Health.Lost || health == Mpu6050Health.WrongIdentity || health == Mpu6050Health.NotStarted) return;
            busErrors++;
            consecutiveFailures++;
            if (consecutiveFailures >= settings.ConsecutiveFailuresBeforeLost)
            {
                consecutiveFailures = 0;
                recovering = true;
                health = Mpu6050Health.Lost;
                stateEnteredMicroseconds = clockMicroseconds;
            }
        }

        private Mpu6050Error Fail(Mpu6050Error error)
        {
            lastError = error;
            return error;
        }
    }
}
