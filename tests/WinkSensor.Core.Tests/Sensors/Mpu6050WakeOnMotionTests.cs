using WinkSensor.Core.Numerics;
using WinkSensor.Core.Sensors;
using WinkSensor.Core.Sensors.Mpu6050;
using WinkSensor.Simulation.Hardware;

namespace WinkSensor.Core.Tests.Sensors;

/// <summary>Wake on motion: the register sequence of the vendor driver, and the INT pin rising on a real movement only.</summary>
public class Mpu6050WakeOnMotionTests
{
    private long movementStartsAtMicroseconds = long.MaxValue;
    private readonly Mpu6050TestRig rig;

    public Mpu6050WakeOnMotionTests()
    {
        // Lying still (1 g on Z, small noise-free tilt) until the movement: 0.5 g more on X.
        var signal = new FunctionImuSignal(t => new ImuSample(
            new Vector3(t >= movementStartsAtMicroseconds ? 0.55f : 0.05f, 0.02f, 0.99f), new Vector3(0f, 0f, 0f)));
        rig = new Mpu6050TestRig(signal, withThoracolumbar: false);
        rig.BringUp(rig.Sacrum);
    }

    private void Arm(MotionWakeRate rate = MotionWakeRate.Wake20Hertz)
    {
        Assert.Equal(Mpu6050Error.None, rig.Sacrum.ConfigureWakeOnMotion(320, 5));
        rig.Advance(Mpu6050Driver.WakeOnMotionSettleMilliseconds * 1000L);
        Assert.Equal(Mpu6050Error.None, rig.Sacrum.EnterLowPowerMotionDetection(rate));
    }

    [Fact]
    public void Arming_writes_the_motion_interrupt_registers_and_enters_accelerometer_only_cycle_mode()
    {
        Arm();
        var part = rig.SacrumPart;
        Assert.Equal(0x40, part.Register(0x38));        // INT_ENABLE: MOT_EN only
        Assert.Equal(10, part.Register(0x1F));          // MOT_THR: 320 mg / 32 mg
        Assert.Equal(5, part.Register(0x20));           // MOT_DUR: 5 ms
        Assert.Equal(0x20, part.Register(0x37));        // INT pin active high, push-pull, latched
        Assert.Equal(0x08 | 0x07, part.Register(0x1C)); // ±4 g, high-pass hold
        Assert.Equal(0x00, part.Register(0x1A));        // DLPF off for the motion path (vendor driver)
        Assert.Equal(0x28, part.Register(0x6B));        // CYCLE + TEMP_DIS, awake
        Assert.Equal((2 << 6) | 0x07, part.Register(0x6C)); // 20 Hz wake, gyroscopes in standby
        Assert.Equal(0x00, part.Register(0x6A));        // FIFO off
        Assert.True(part.IsInLowPowerCycle);
        Assert.Equal(Mpu6050Health.WakeOnMotion, rig.Sacrum.Health);

        // The high-pass filter was still in reset when the threshold was written, and held only after the settle time.
        var log = part.WriteLog.ToList();
        int reset = log.FindLastIndex(w => w.Register == 0x1C && (w.Value & 0x07) == 0);
        int hold = log.FindLastIndex(w => w.Register == 0x1C && (w.Value & 0x07) == 7);
        int threshold = log.FindLastIndex(w => w.Register == 0x1F);
        Assert.True(reset < threshold && threshold < hold);
    }

    [Fact]
    public void Stillness_raises_nothing_and_a_half_g_movement_raises_the_latched_int_pin()
    {
        Arm();
        rig.Advance(3_000_000);
        Assert.False(rig.SacrumPart.InterruptPinHigh);

        movementStartsAtMicroseconds = rig.Now + 1_000;
        rig.Advance(300_000); // six wakes at 20 Hz: MOT_DUR 5 counts one per wake in cycle mode (model)
        Assert.True(rig.SacrumPart.InterruptPinHigh);

        Assert.Equal(Mpu6050Error.None, rig.Sacrum.ReadInterruptStatus(out byte status));
        Assert.NotEqual(0, status & Mpu6050Registers.MotionInterrupt);
        Assert.False(rig.SacrumPart.InterruptPinHigh);
    }

    [Fact]
    public void A_movement_below_the_threshold_does_not_wake()
    {
        Assert.Equal(Mpu6050Error.None, rig.Sacrum.ConfigureWakeOnMotion(640, 5));
        rig.Advance(10_000);
        rig.Sacrum.EnterLowPowerMotionDetection(MotionWakeRate.Wake40Hertz);
        movementStartsAtMicroseconds = rig.Now; // +0.5 g < 640 mg
        rig.Advance(2_000_000);
        Assert.False(rig.SacrumPart.InterruptPinHigh);
    }

    [Fact]
    public void Start_brings_the_sensor_back_to_fifo_sampling_after_waking()
    {
        Arm();
        Assert.Equal(0, rig.Sacrum.Drain(rig.Now, new ImuSample[8], 0, 8));
        Assert.Equal(Mpu6050Error.NotRunning, rig.Sacrum.LastError);
        Assert.Equal(Mpu6050Error.None, rig.Sacrum.Start(rig.Now));
        rig.BringUp(rig.Sacrum);
        Assert.Equal(0x01, rig.SacrumPart.Register(0x6B));
        Assert.Equal(0x78, rig.SacrumPart.Register(0x23));
    }

    [Theory]
    [InlineData(10, 5)]
    [InlineData(9000, 5)]
    [InlineData(320, 0)]
    [InlineData(320, 300)]
    public void Out_of_range_arguments_are_refused_without_writing(int thresholdMilliG, int durationMilliseconds)
    {
        int writes = rig.SacrumPart.WriteLog.Count;
        Assert.Equal(Mpu6050Error.InvalidArgument, rig.Sacrum.ConfigureWakeOnMotion(thresholdMilliG, durationMilliseconds));
        Assert.Equal(writes, rig.SacrumPart.WriteLog.Count);
        Assert.Equal(Mpu6050Health.Running, rig.Sacrum.Health);
    }
}
