using WinkSensor.Core.Numerics;
using WinkSensor.Core.Sensors;

namespace WinkSensor.Simulation.Hardware;

/// <summary>
/// Register-level MPU-6050 for tests and the virtual wearable. Modelled: the register file with its reset values
/// (0x6B = 0x40 asleep, 0x75 = WHO_AM_I, all else 0), DEVICE_RESET with a settling time during which writes are ignored,
/// SLEEP / CLKSEL / CYCLE, sample rate from CONFIG and SMPLRT_DIV on the part's own (slightly off) clock, the DLPF as a
/// pure delay, quantisation and saturation at the configured ranges, data registers, the 1024-byte FIFO with
/// FIFO_EN/USER_CTRL semantics, overflow (oldest bytes lost, INT_STATUS bit 4), FIFO_R_W burst reads without
/// address increment, INT_STATUS clear-on-read, and the motion interrupt with the high-pass "hold" reference
/// (see SimulatedMpu6050.Motion.cs). Not modelled: the DLPF's amplitude response, self-test, DMP, auxiliary I2C,
/// temperature dependence. Its register numbers are written out here from the datasheet, not taken from the driver,
/// so a wrong driver constant shows up as a failing test.
/// </summary>
public sealed partial class SimulatedMpu6050 : ISimulatedI2cDevice
{
    private const int SampleRateDivider = 0x19, Configuration = 0x1A, GyroscopeConfiguration = 0x1B, AccelerometerConfiguration = 0x1C;
    private const int FifoEnable = 0x23, InterruptPinConfiguration = 0x37, InterruptEnable = 0x38, InterruptStatus = 0x3A;
    private const int AccelerometerXHigh = 0x3B, UserControl = 0x6A, PowerManagement1 = 0x6B, PowerManagement2 = 0x6C;
    private const int FifoCountHigh = 0x72, FifoCountLow = 0x73, FifoReadWrite = 0x74, WhoAmI = 0x75;

    private static readonly float[] GyroscopeCountsPerDegreePerSecond = [131f, 65.5f, 32.8f, 16.4f];
    /// <summary>Accelerometer delay of DLPF_CFG 0..7, µs (product specification table; 7 reserved, taken as 0).</summary>
    private static readonly int[] FilterDelayMicroseconds = [0, 2000, 3000, 4900, 8500, 13800, 19000, 0];

    private readonly byte[] registers = new byte[128];
    private readonly SimulatedFifo fifo = new(1024);
    private readonly IImuSignalSource source;
    private readonly Random noise;
    private readonly List<(byte Register, byte Value)> writeLog = [];
    private int registerPointer;
    private double nextSampleMicroseconds = double.PositiveInfinity;
    private long resetEndsMicroseconds;
    private short[] lastAccelerometerCounts = new short[3];

    /// <param name="source">What the sensor senses over time.</param>
    /// <param name="whoAmI">WHO_AM_I value; 0x68 for a genuine MPU-6050.</param>
    /// <param name="noiseSeed">Seed of the optional noise generator.</param>
    public SimulatedMpu6050(IImuSignalSource source, byte whoAmI = 0x68, int noiseSeed = 1)
    {
        this.source = source;
        WhoAmIValue = whoAmI;
        noise = new Random(noiseSeed);
        PowerOn();
    }

    /// <summary>Simulation time, µs.</summary>
    public long NowMicroseconds { get; private set; }

    public byte WhoAmIValue { get; }

    /// <summary>How far the part's clock runs fast (+) or slow (−): 0.01 = samples come 1 % more often than nominal.</summary>
    public double ClockErrorFraction { get; set; }

    /// <summary>Time after DEVICE_RESET (or power-on) during which the part ignores writes, µs. Default 50 ms.</summary>
    public long ResetDurationMicroseconds { get; set; } = 50_000;

    /// <summary>Constant offset added to the accelerometer, g.</summary>
    public Vector3 AccelerometerBiasG { get; set; }

    /// <summary>Constant offset added to the gyroscope, deg/s.</summary>
    public Vector3 GyroscopeBiasDegreesPerSecond { get; set; }

    /// <summary>Standard deviation of white noise per sample on each accelerometer axis, g. Default 0.</summary>
    public float AccelerometerNoiseG { get; set; }

    /// <summary>Standard deviation of white noise per sample on each gyroscope axis, deg/s. Default 0.</summary>
    public float GyroscopeNoiseDegreesPerSecond { get; set; }

    /// <summary>Called at every sample the part takes, with its time (µs) and the signal before quantisation.</summary>
    public Action<long, ImuSample>? SampleTaken { get; set; }

    /// <summary>Every byte written to a register, in order (including writes the part ignored).</summary>
    public IReadOnlyList<(byte Register, byte Value)> WriteLog => writeLog;

    public int FifoCountBytes => fifo.Count;

    /// <summary>A register's content, without the side effects of a bus read.</summary>
    public byte Register(int address) => address switch
    {
        FifoCountHigh => (byte)(fifo.Count >> 8),
        FifoCountLow => (byte)fifo.Count,
        _ => registers[address & 0x7F],
    };

    /// <summary>Samples per second the part produces now on its own clock (0 when not sampling).</summary>
    public double SampleRateHertz => IsSampling ? NominalSampleRateHertz * (1.0 + ClockErrorFraction) : 0.0;

    private double NominalSampleRateHertz
    {
        get
        {
            int filter = registers[Configuration] & 0x07;
            double gyroscopeRate = filter == 0 || filter == 7 ? 8000.0 : 1000.0;
            return gyroscopeRate / (1 + registers[SampleRateDivider]);
        }
    }

    private bool IsResetting => NowMicroseconds < resetEndsMicroseconds;

    private bool IsSampling
    {
        get
        {
            byte power = registers[PowerManagement1];
            return !IsResetting && (power & 0x40) == 0 && (power & 0x20) == 0 && (power & 0x07) != 7;
        }
    }

    public void PowerOn()
    {
        Array.Clear(registers);
        registers[PowerManagement1] = 0x40;
        registers[WhoAmI] = WhoAmIValue;
        fifo.Clear();
        registerPointer = 0;
        resetEndsMicroseconds = NowMicroseconds + ResetDurationMicroseconds;
        nextSampleMicroseconds = double.PositiveInfinity;
        ResetMotionDetection();
    }

    /// <summary>Moves simulation time on, producing every sample (and low-power wake) that falls in the interval.</summary>
    public void AdvanceMicroseconds(long microseconds)
    {
        if (microseconds < 0) throw new ArgumentOutOfRangeException(nameof(microseconds), "time only moves forward");
        long end = NowMicroseconds + microseconds;
        while (true)
        {
            ScheduleSampling();
            double next = Math.Min(nextSampleMicroseconds, NextWakeMicroseconds);
            if (next > end) break;
            NowMicroseconds = Math.Max(NowMicroseconds, (long)Math.Ceiling(next));
            if (next == nextSampleMicroseconds)
            {
                nextSampleMicroseconds += 1e6 / (NominalSampleRateHertz * (1.0 + ClockErrorFraction));
                TakeSample(next);
            }
            else
            {
                LowPowerWake(next);
            }
        }
        NowMicroseconds = end;
    }

    private void ScheduleSampling()
    {
        if (!IsSampling) nextSampleMicroseconds = double.PositiveInfinity;
        else if (double.IsPositiveInfinity(nextSampleMicroseconds))
            nextSampleMicroseconds = Math.Max(NowMicroseconds, resetEndsMicroseconds) + 1e6 / (NominalSampleRateHertz * (1.0 + ClockErrorFraction));
        ScheduleWakes();
    }

    private void TakeSample(double timeMicroseconds)
    {
        long time = (long)Math.Round(timeMicroseconds);
        int filter = registers[Configuration] & 0x07;
        ImuSample signal = source.SignalAt(time - FilterDelayMicroseconds[filter]);
        SampleTaken?.Invoke(time, signal);

        float accelerometerCountsPerG = 16384f / (1 << ((registers[AccelerometerConfiguration] >> 3) & 3));
        float gyroscopeCounts = GyroscopeCountsPerDegreePerSecond[(registers[GyroscopeConfiguration] >> 3) & 3];
        Vector3 acceleration = signal.Acceleration + AccelerometerBiasG;
        Vector3 rate = signal.AngularRate + GyroscopeBiasDegreesPerSecond;
        Span<short> counts =
        [
            Quantise(acceleration.X + Noise(AccelerometerNoiseG), accelerometerCountsPerG),
            Quantise(acceleration.Y + Noise(AccelerometerNoiseG), accelerometerCountsPerG),
            Quantise(acceleration.Z + Noise(AccelerometerNoiseG), accelerometerCountsPerG),
            -3920, // 25 °C: (25 − 36.53) × 340
            Quantise(rate.X + Noise(GyroscopeNoiseDegreesPerSecond), gyroscopeCounts),
            Quantise(rate.Y + Noise(GyroscopeNoiseDegreesPerSecond), gyroscopeCounts),
            Quantise(rate.Z + Noise(GyroscopeNoiseDegreesPerSecond), gyroscopeCounts),
        ];
        for (int i = 0; i < 7; i++)
        {
            registers[AccelerometerXHigh + 2 * i] = (byte)(counts[i] >> 8);
            registers[AccelerometerXHigh + 2 * i + 1] = (byte)counts[i];
        }
        for (int i = 0; i < 3; i++) lastAccelerometerCounts[i] = counts[i];

        if ((registers[UserControl] & 0x40) != 0)
        {
            byte enabled = registers[FifoEnable];
            // Written in register order: ACCEL (bit 3), TEMP (bit 7), XG (bit 6), YG (bit 5), ZG (bit 4).
            if ((enabled & 0x08) != 0) PushRegisters(AccelerometerXHigh, 6);
            if ((enabled & 0x80) != 0) PushRegisters(0x41, 2);
            if ((enabled & 0x40) != 0) PushRegisters(0x43, 2);
            if ((enabled & 0x20) != 0) PushRegisters(0x45, 2);
            if ((enabled & 0x10) != 0) PushRegisters(0x47, 2);
        }
        RaiseInterrupt(0x01);
        DetectMotion(1000.0 / NominalSampleRateHertz);
    }

    private void PushRegisters(int first, int count)
    {
        for (int i = 0; i < count; i++)
        {
            if (!fifo.Push(registers[first + i])) RaiseInterrupt(0x10);
        }
    }

    /// <summary>Sets an INT_STATUS bit if its interrupt is enabled in INT_ENABLE.</summary>
    private void RaiseInterrupt(byte bit)
    {
        if ((registers[InterruptEnable] & bit) == 0) return;
        registers[InterruptStatus] |= bit;
        if ((registers[InterruptPinConfiguration] & 0x20) == 0) InterruptPulses++;
    }

    private static short Quantise(float value, float countsPerUnit)
    {
        double counts = Math.Round((double)value * countsPerUnit);
        return (short)Math.Clamp(counts, short.MinValue, short.MaxValue);
    }

    private float Noise(float standardDeviation)
    {
        if (standardDeviation <= 0f) return 0f;
        double u1 = 1.0 - noise.NextDouble();
        double u2 = noise.NextDouble();
        return (float)(standardDeviation * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2));
    }

    public void Write(ReadOnlySpan<byte> data)
    {
        if (data.Length == 0) return;
        registerPointer = data[0] & 0x7F;
        for (int i = 1; i < data.Length; i++)
        {
            WriteRegister(registerPointer, data[i]);
            if (registerPointer != FifoReadWrite) registerPointer = (registerPointer + 1) & 0x7F;
        }
    }

    private void WriteRegister(int address, byte value)
    {
        writeLog.Add(((byte)address, value));
        if (IsResetting) return;
        switch (address)
        {
            case WhoAmI:
            case InterruptStatus:
            case FifoCountHigh:
            case FifoCountLow:
            case FifoReadWrite:
                return;
            case PowerManagement1:
                if ((value & 0x80) != 0)
                {
                    PowerOn();
                    return;
                }
                registers[address] = value;
                return;
            case UserControl:
                // FIFO_RESET acts only while FIFO_EN is 0; FIFO_RESET, I2C_MST_RESET and SIG_COND_RESET clear themselves.
                if ((value & 0x04) != 0 && (value & 0x40) == 0) fifo.Clear();
                registers[address] = (byte)(value & ~0x07);
                return;
            case AccelerometerConfiguration:
                registers[address] = value;
                OnHighPassFilterWritten(value & 0x07);
                return;
            default:
                if (address >= AccelerometerXHigh && address <= 0x60) return; // sensor data: read only
                registers[address] = value;
                return;
        }
    }

    public void Read(Span<byte> destination)
    {
        bool anyReadClears = (registers[InterruptPinConfiguration] & 0x10) != 0;
        for (int i = 0; i < destination.Length; i++)
        {
            destination[i] = registerPointer switch
            {
                FifoReadWrite => fifo.Pop(),
                FifoCountHigh => (byte)(fifo.Count >> 8),
                FifoCountLow => (byte)fifo.Count,
                _ => registers[registerPointer],
            };
            if (registerPointer == InterruptStatus) registers[InterruptStatus] = 0;
            if (registerPointer != FifoReadWrite) registerPointer = (registerPointer + 1) & 0x7F;
        }
        if (anyReadClears && destination.Length > 0) registers[InterruptStatus] = 0;
    }
}
