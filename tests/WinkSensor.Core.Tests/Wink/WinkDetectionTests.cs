using WinkSensor.Core.Runtime;
using WinkSensor.Core.Tests.Signals;

namespace WinkSensor.Core.Tests.Wink;

public class WinkDetectionTests
{
    private const double Threshold = DeviceConfiguration.DefaultWinkThresholdDegrees;

    [Theory]
    [InlineData(2.6, 20)]
    [InlineData(1.1, 26)]
    [InlineData(4.6, 26)]
    public void Clean_reps_with_heavy_gradual_flexion_raise_no_alarm(double durationSeconds, double gradualDegrees)
    {
        var script = new MotionScript().Stand(3);
        for (int i = 0; i < 3; i++) script.Squat(new SquatSpec { DurationSeconds = durationSeconds, GradualFlexionDegrees = gradualDegrees }).Stand(0.8);
        var harness = RuntimeHarness.Replay(script);
        Assert.Equal(3, harness.Sink.Reps.Count);
        Assert.Empty(harness.Sink.Winks);
        Assert.All(harness.Sink.Reps, r => Assert.False(r.Wink));
        Assert.Equal(2, harness.Sink.MotorSwitches.Count(on => on)); // only the two calibration ticks
        // The gradual flexion is really there: the test would alarm with a reference taken at the start of the descent.
        Assert.All(harness.Sink.Reps, r => Assert.True(r.PeakFlexionDegrees > gradualDegrees * 0.8));
    }

    [Theory]
    [InlineData(2.6, 15, 10, 0.3)]
    [InlineData(1.1, 12, 10, 0.15)]
    [InlineData(1.1, 12, 10, 0.3)]
    [InlineData(4.6, 10, 20, 0.4)]
    [InlineData(2.6, 9, 26, 0.3)]
    public void A_wink_buzzes_within_30_ms_of_the_flexion_crossing_the_threshold_and_its_onset_is_found(
        double durationSeconds, double winkDegrees, double gradualDegrees, double winkRiseSeconds)
    {
        var script = new MotionScript().Stand(3)
            .Squat(new SquatSpec { DurationSeconds = durationSeconds, WinkDegrees = winkDegrees, GradualFlexionDegrees = gradualDegrees, WinkRiseSeconds = winkRiseSeconds }).Stand(1);
        var harness = RuntimeHarness.Replay(script);
        var truth = script.Squats[0];
        var wink = Assert.Single(harness.Sink.Winks);
        double latency = wink.AlarmMicroseconds / 1e6 - truth.WinkCrossing(Threshold);
        Assert.InRange(latency, -0.02, 0.03);
        // Here the pelvis is still tilting forward when the wink starts, so it turns back only after the true onset:
        // the onset found from the pelvis alone can only be late, by up to 70 ms in these reps.
        Assert.InRange(wink.OnsetMicroseconds / 1e6, truth.WinkOnset - 0.02, truth.WinkOnset + 0.08);
        Assert.Equal(1, wink.RepNumber);
        var rep = Assert.Single(harness.Sink.Reps);
        Assert.True(rep.Wink);
        // Magnitude: the true flexion rise from the onset to its largest value (the wink plus any flexion still accruing).
        var trueFlexionAtOnset = harness.Trace.First(x => x.Time >= truth.WinkOnset * 1e6).Truth.FlexionDegrees;
        var trueRise = harness.Trace.Where(x => x.Time >= truth.WinkOnset * 1e6 && x.Time <= truth.End * 1e6).Max(x => x.Truth.FlexionDegrees) - trueFlexionAtOnset;
        Assert.InRange(rep.WinkMagnitudeDegrees, trueRise - 2, trueRise + 2);
        // The motor is switched on in the very sample of the alarm.
        int alarmIndex = harness.Trace.FindIndex(x => x.Time == wink.AlarmMicroseconds);
        Assert.True(alarmIndex > 0);
    }

    [Fact]
    public void The_motor_buzzes_the_configured_pattern_at_the_alarm_and_stays_silent_when_buzz_is_off()
    {
        var script = new MotionScript().Stand(3).Squat(new SquatSpec { WinkDegrees = 15 }).Stand(1);
        var buzzing = RuntimeHarness.Replay(script, configure: c => c.SetWinkPattern((int)HapticPatternKind.WinkTriple));
        // Calibration: on, off, on, off; then the triple: three ons.
        Assert.Equal(2 + 3, buzzing.Sink.MotorSwitches.Count(on => on));
        Assert.False(buzzing.Sink.MotorOn);

        var silent = RuntimeHarness.Replay(script, configure: c => c.SetBuzzEnabled(false));
        Assert.Single(silent.Sink.Winks); // still detected and reported
        Assert.Empty(silent.Sink.MotorSwitches);
    }

    [Fact]
    public void Pelvis_only_mode_alarms_on_posterior_pelvic_tilt_and_not_on_a_clean_rep()
    {
        var script = new MotionScript().Stand(3).Squat(new SquatSpec { GradualFlexionDegrees = 26 }).Stand(1)
            .Squat(new SquatSpec { WinkDegrees = 15 }).Stand(1);
        var harness = RuntimeHarness.Replay(script, withThoracolumbar: false);
        Assert.Equal(2, harness.Sink.Reps.Count);
        Assert.All(harness.Sink.Reps, r => Assert.True(r.PelvisOnly));
        var wink = Assert.Single(harness.Sink.Winks);
        Assert.Equal(2, wink.RepNumber);
        Assert.InRange(wink.AlarmMicroseconds / 1e6 - script.Squats[1].WinkCrossing(Threshold), -0.02, 0.1);
    }

    [Fact]
    public void When_the_thoracolumbar_sensor_drops_out_mid_set_pelvis_only_takes_over()
    {
        var script = new MotionScript().Stand(3).Squat(new SquatSpec()).Stand(1)
            .Squat(new SquatSpec { WinkDegrees = 15 }).Stand(1).Squat(new SquatSpec()).Stand(1);
        double dropout = script.Squats[1].Start + 0.5; // in the middle of the second descent
        var harness = RuntimeHarness.Replay(script, new SyntheticImuOptions { ThoracolumbarDropoutSeconds = dropout });
        Assert.Equal(3, harness.Sink.Reps.Count);
        Assert.False(harness.Sink.Reps[0].PelvisOnly);
        Assert.True(harness.Sink.Reps[1].PelvisOnly);
        Assert.True(harness.Sink.Reps[2].PelvisOnly);
        Assert.Equal(new[] { false, true, false }, harness.Sink.Reps.Select(r => r.Wink));
        Assert.Contains(harness.Sink.Faults, f => f.Code == FaultCode.ThoracolumbarSensorLost);
    }
}
