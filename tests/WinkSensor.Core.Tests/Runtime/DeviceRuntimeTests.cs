using WinkSensor.Core.Runtime;
using WinkSensor.Core.Tests.Signals;

namespace WinkSensor.Core.Tests.Runtime;

public class DeviceRuntimeTests
{
    [Fact]
    public void Recalibrate_forgets_the_posture_and_calibrates_again_at_the_next_still_stand()
    {
        var frames = SyntheticImu.Generate(new MotionScript().Stand(6));
        var harness = new RuntimeHarness();
        harness.Run(frames.Take(300));
        Assert.True(harness.Runtime.IsCalibrated);
        harness.Runtime.Recalibrate();
        Assert.False(harness.Runtime.IsCalibrated);
        Assert.Equal(SquatPhase.Calibrating, harness.Runtime.Phase);
        harness.Run(frames.Skip(300));
        Assert.Equal(2, harness.Sink.CalibratedAt.Count);
        Assert.InRange(harness.Sink.CalibratedAt[1] / 1e6, 5.0, 5.1);
    }

    [Fact]
    public void The_live_state_reports_calibration_phase_flexion_and_rep_count()
    {
        var script = new MotionScript().Stand(3).Squat(new SquatSpec { GradualFlexionDegrees = 20 }).Stand(1);
        var frames = SyntheticImu.Generate(script);
        var harness = new RuntimeHarness();
        int bottomIndex = frames.FindIndex(f => f.TimeMicroseconds >= script.Squats[0].Bottom * 1e6);
        harness.Run(frames.Take(bottomIndex + 1));
        Assert.True(harness.Runtime.IsCalibrated);
        Assert.False(harness.Runtime.IsPelvisOnly);
        Assert.InRange(harness.Runtime.FlexionDegrees, 18f, 22f);
        Assert.Equal(0, harness.Runtime.RepCount);
        harness.Run(frames.Skip(bottomIndex + 1));
        Assert.Equal(1, harness.Runtime.RepCount);
        Assert.Equal(SquatPhase.Standing, harness.Runtime.Phase);
    }

    [Fact]
    public void A_thoracolumbar_sensor_absent_at_power_up_is_calibrated_at_a_later_still_stand()
    {
        var script = new MotionScript().Stand(3).Squat(new SquatSpec()).Stand(3).Squat(new SquatSpec { GradualFlexionDegrees = 20 }).Stand(1);
        var frames = SyntheticImu.Generate(script);
        var harness = new RuntimeHarness();
        int firstEnd = frames.FindIndex(f => f.TimeMicroseconds >= (script.Squats[0].End + 0.2) * 1e6);
        harness.Run(frames.Take(firstEnd), withThoracolumbar: false);
        Assert.True(harness.Runtime.IsPelvisOnly);
        harness.Run(frames.Skip(firstEnd));
        Assert.Equal(2, harness.Sink.Reps.Count);
        Assert.True(harness.Sink.Reps[0].PelvisOnly);
        Assert.False(harness.Sink.Reps[1].PelvisOnly);
        Assert.InRange(harness.Sink.Reps[1].PeakFlexionDegrees, 18f, 22f);
    }
}
