using WinkSensor.Core.Hardware;
using WinkSensor.Core.Input;

namespace WinkSensor.Core.Tests.Input;

public class HapticMotorArbiterTests
{
    private const long Ms = 1000L;

    private sealed class RecordingMotor : IHapticMotor
    {
        public bool On;
        public int Switches;
        public void Drive(bool on) { On = on; Switches++; }
    }

    [Fact]
    public void A_status_pattern_plays_its_rhythm_and_ends_off()
    {
        var motor = new RecordingMotor();
        var arbiter = new HapticMotorArbiter(motor);
        arbiter.PlayStatus(StatusBuzzPatterns.LowBattery); // 600 on, 400 off, 600 on
        arbiter.Update(0);
        Assert.True(motor.On);
        arbiter.Update(700 * Ms);
        Assert.False(motor.On);
        arbiter.Update(1100 * Ms);
        Assert.True(motor.On);
        arbiter.Update(1700 * Ms);
        Assert.False(motor.On);
        Assert.False(arbiter.IsPlayingStatus);
    }

    [Fact]
    public void The_wink_alarm_overrides_a_status_pattern_and_releases_the_motor_after()
    {
        var motor = new RecordingMotor();
        var arbiter = new HapticMotorArbiter(motor);
        arbiter.PlayStatus(StatusBuzzPatterns.LowBattery);
        arbiter.Update(0);
        arbiter.Update(700 * Ms); // status gap: off
        arbiter.Drive(true);      // wink alarm fires inside the gap
        Assert.True(motor.On);
        arbiter.Update(800 * Ms);
        Assert.True(motor.On);
        arbiter.Drive(false);
        Assert.False(motor.On);   // still in the status gap
    }

    [Fact]
    public void The_alarm_alone_passes_straight_through()
    {
        var motor = new RecordingMotor();
        var arbiter = new HapticMotorArbiter(motor);
        arbiter.Drive(true);
        Assert.True(motor.On);
        arbiter.Update(10 * Ms);
        Assert.True(motor.On);
        arbiter.Drive(false);
        Assert.False(motor.On);
        Assert.Equal(2, motor.Switches);
    }
}

public class HapticMotorArbiterAllocationTests
{
    private sealed class NullMotor : WinkSensor.Core.Hardware.IHapticMotor
    {
        public void Drive(bool on) { }
    }

    [Fact]
    public void Playing_patterns_and_passing_the_alarm_through_allocates_nothing()
    {
        var arbiter = new HapticMotorArbiter(new NullMotor());
        // First use builds the static patterns (once per boot, not per tick): do it before measuring.
        arbiter.PlayStatus(StatusBuzzPatterns.LowBattery);
        arbiter.Update(0);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (long t = 0; t < 100_000_000; t += 10_000)
        {
            if (t % 5_000_000 == 0) arbiter.PlayStatus(StatusBuzzPatterns.LowBattery);
            arbiter.Drive(t % 3_000_000 < 500_000);
            arbiter.Update(t);
        }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
