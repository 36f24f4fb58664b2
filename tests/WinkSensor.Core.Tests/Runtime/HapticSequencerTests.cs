using WinkSensor.Core.Hardware;
using WinkSensor.Core.Runtime;

namespace WinkSensor.Core.Tests.Runtime;

public class HapticSequencerTests
{
    private sealed class Motor : IHapticMotor
    {
        public List<bool> Switches { get; } = [];
        public void Drive(bool on) => Switches.Add(on);
    }

    /// <summary>Plays a pattern ticked every 10 ms and returns the motor state per tick.</summary>
    private static List<bool> Play(HapticPatternKind kind, out Motor motor)
    {
        motor = new Motor();
        var sequencer = new HapticSequencer(motor);
        var states = new List<bool>();
        sequencer.Start(kind, 0);
        for (long t = 0; t <= 2_000_000; t += 10_000)
        {
            sequencer.Tick(t);
            states.Add(sequencer.IsMotorOn);
        }
        return states;
    }

    [Fact]
    public void The_motor_switches_on_at_start_without_waiting_for_a_tick()
    {
        var motor = new Motor();
        new HapticSequencer(motor).Start(HapticPatternKind.WinkLong, 5_000);
        Assert.Equal(new[] { true }, motor.Switches);
    }

    [Theory]
    [InlineData(HapticPatternKind.WinkLong, 1, 400)]
    [InlineData(HapticPatternKind.WinkDouble, 2, 300)]
    [InlineData(HapticPatternKind.WinkTriple, 3, 240)]
    [InlineData(HapticPatternKind.Calibrated, 2, 120)]
    [InlineData(HapticPatternKind.Fault, 3, 1350)]
    public void Each_pattern_has_its_own_rhythm(HapticPatternKind kind, int buzzes, int onMilliseconds)
    {
        var states = Play(kind, out var motor);
        Assert.Equal(buzzes, motor.Switches.Count(on => on));
        Assert.False(states[^1]);
        Assert.Equal(onMilliseconds, states.Count(on => on) * 10);
    }

    [Fact]
    public void Every_pattern_has_its_own_rhythm()
    {
        var kinds = new[] { HapticPatternKind.WinkLong, HapticPatternKind.WinkDouble, HapticPatternKind.WinkTriple, HapticPatternKind.Calibrated, HapticPatternKind.Fault,
            HapticPatternKind.AccelerometerFaceCaptured, HapticPatternKind.AccelerometerCalibrationComplete };
        var rhythms = kinds.Select(k => string.Join(",", HapticPatterns.DurationsMilliseconds(k))).ToList();
        Assert.Equal(rhythms.Count, rhythms.Distinct().Count());
    }
}
