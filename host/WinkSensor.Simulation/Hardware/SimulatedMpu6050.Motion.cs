namespace WinkSensor.Simulation.Hardware;

/// <summary>
/// Motion interrupt and low-power cycle mode of the simulated part. Model (sources in docs/mpu6050-driver.md):
/// ACCEL_HPF = 0 (reset) outputs zero, so nothing is ever detected, and the filter follows the input; switching to
/// 7 (hold) freezes the latest accelerometer sample as the reference. Motion = any axis departing from the reference
/// by more than MOT_THR × 32 mg; it must persist for MOT_DUR ms (at least 1), counted in sample periods at full power
/// and as 1 ms per wake in cycle mode; the counter restarts when the condition lapses (the real part's
/// MOT_DETECT_CTRL decrement options are not modelled). The high-pass settings 1 to 4 (5 Hz to 0.63 Hz) are not
/// modelled and detect nothing. In cycle mode (PWR_MGMT_1 CYCLE = 1, SLEEP = 0) the accelerometer wakes at
/// LP_WAKE_CTRL's rate (PWR_MGMT_2 bits 7:6: 1.25, 5, 20, 40 Hz) and takes one sample.
/// </summary>
public sealed partial class SimulatedMpu6050
{
    /// <summary>MOT_THR scale of the model, mg per count.</summary>
    public const int MotionThresholdMilliGPerCount = 32;

    private const int MotionThreshold = 0x1F, MotionDuration = 0x20;
    private static readonly double[] WakeRatesHertz = [1.25, 5.0, 20.0, 40.0];

    private readonly short[] heldReference = new short[3];
    private double motionMilliseconds;
    private double nextWakeMicroseconds = double.PositiveInfinity;

    /// <summary>Non-latched interrupts raised so far (each a 50 µs pulse on the real part).</summary>
    public int InterruptPulses { get; private set; }

    /// <summary>A latched interrupt is pending (LATCH_INT_EN set and an enabled INT_STATUS bit up); cleared by reading INT_STATUS.</summary>
    public bool InterruptAsserted => (registers[InterruptPinConfiguration] & 0x20) != 0 && registers[InterruptStatus] != 0;

    /// <summary>Electrical level of the INT pin: asserted means high unless INT_LEVEL (active low) is set.</summary>
    public bool InterruptPinHigh => InterruptAsserted != ((registers[InterruptPinConfiguration] & 0x80) != 0);

    /// <summary>Accelerometer-only low-power cycle mode is on.</summary>
    public bool IsInLowPowerCycle => !IsResetting && (registers[PowerManagement1] & 0x60) == 0x20;

    private double NextWakeMicroseconds => nextWakeMicroseconds;

    private double WakeRateHertz => WakeRatesHertz[(registers[PowerManagement2] >> 6) & 3];

    private void ResetMotionDetection()
    {
        Array.Clear(heldReference);
        motionMilliseconds = 0;
        nextWakeMicroseconds = double.PositiveInfinity;
    }

    private void ScheduleWakes()
    {
        if (!IsInLowPowerCycle) nextWakeMicroseconds = double.PositiveInfinity;
        else if (double.IsPositiveInfinity(nextWakeMicroseconds)) nextWakeMicroseconds = NowMicroseconds + 1e6 / WakeRateHertz;
    }

    private void LowPowerWake(double timeMicroseconds)
    {
        nextWakeMicroseconds += 1e6 / WakeRateHertz;
        var signal = source.SignalAt((long)Math.Round(timeMicroseconds));
        float countsPerG = 16384f / (1 << ((registers[AccelerometerConfiguration] >> 3) & 3));
        var acceleration = signal.Acceleration + AccelerometerBiasG;
        lastAccelerometerCounts[0] = Quantise(acceleration.X, countsPerG);
        lastAccelerometerCounts[1] = Quantise(acceleration.Y, countsPerG);
        lastAccelerometerCounts[2] = Quantise(acceleration.Z, countsPerG);
        for (int i = 0; i < 3; i++)
        {
            registers[AccelerometerXHigh + 2 * i] = (byte)(lastAccelerometerCounts[i] >> 8);
            registers[AccelerometerXHigh + 2 * i + 1] = (byte)lastAccelerometerCounts[i];
        }
        DetectMotion(1.0);
    }

    private void OnHighPassFilterWritten(int mode)
    {
        motionMilliseconds = 0;
        if (mode != 7) Array.Copy(lastAccelerometerCounts, heldReference, 3);
    }

    private void DetectMotion(double elapsedMilliseconds)
    {
        if ((registers[AccelerometerConfiguration] & 0x07) != 7)
        {
            Array.Copy(lastAccelerometerCounts, heldReference, 3);
            motionMilliseconds = 0;
            return;
        }
        float countsPerG = 16384f / (1 << ((registers[AccelerometerConfiguration] >> 3) & 3));
        double thresholdCounts = registers[MotionThreshold] * MotionThresholdMilliGPerCount / 1000.0 * countsPerG;
        bool exceeded = false;
        for (int i = 0; i < 3; i++)
        {
            if (Math.Abs(lastAccelerometerCounts[i] - heldReference[i]) > thresholdCounts) exceeded = true;
        }
        if (!exceeded)
        {
            motionMilliseconds = 0;
            return;
        }
        motionMilliseconds += elapsedMilliseconds;
        if (motionMilliseconds >= Math.Max(1, (int)registers[MotionDuration])) RaiseInterrupt(0x40);
    }
}
