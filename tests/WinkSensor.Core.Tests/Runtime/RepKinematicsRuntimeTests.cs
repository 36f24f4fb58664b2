using WinkSensor.Core.Runtime;
using WinkSensor.Core.Tests.Signals;

namespace WinkSensor.Core.Tests.Runtime;

/// <summary>The runtime reports each rep's depth, concentric velocity and wink onset depth from the sacrum sensor.</summary>
public class RepKinematicsRuntimeTests
{
    /// <summary>Height of the sacrum sensor in the synthetic body (SyntheticImu's geometry), m.</summary>
    private static double SacrumHeightMeters(BodyPose pose) =>
        pose.PelvisHeightMeters + new Vec(-0.08, 0, 0.10).RotatedAbout(Vec.Left, pose.PelvisTiltDegrees).Z;

    [Theory]
    [InlineData(0.45, 2.6, 0.0)]
    [InlineData(0.30, 1.6, 0.0)]
    [InlineData(0.55, 3.4, 1.5)]
    public void Depth_of_each_rep_is_the_sacrum_sensors_drop_within_three_centimetres(double depth, double duration, double pause)
    {
        var script = new MotionScript().Stand(3);
        for (int i = 0; i < 3; i++)
            script.Squat(new SquatSpec { DepthMeters = depth, DurationSeconds = duration, PauseSeconds = pause }).Stand(1);
        var harness = RuntimeHarness.Replay(script);
        Assert.Equal(3, harness.Sink.Reps.Count);
        for (int i = 0; i < 3; i++)
        {
            var truth = script.Squats[i];
            double standing = SacrumHeightMeters(script.PoseAt(truth.Start));
            double lowest = double.MaxValue;
            for (double t = truth.Start; t <= truth.End; t += 0.001) lowest = Math.Min(lowest, SacrumHeightMeters(script.PoseAt(t)));
            var rep = harness.Sink.Reps[i];
            Assert.Equal((standing - lowest) * 100, rep.DepthMeters * 100, 3.0);
            Assert.InRange(rep.MeanConcentricVelocityMetersPerSecond, 0.05f, 3f);
            Assert.True(rep.PeakConcentricVelocityMetersPerSecond >= rep.MeanConcentricVelocityMetersPerSecond);
            Assert.True(float.IsNaN(rep.WinkOnsetDepthCentimetres), "no wink, no onset depth");
            Assert.True(float.IsNaN(rep.WinkOnsetFractionOfDepth));
        }
    }

    [Fact]
    public void Back_to_back_reps_are_each_measured_to_within_three_centimetres()
    {
        // The next descent starts before the wearer has stood still for the measurement's settling time, and the
        // segmenter notices it only once the sacrum has dropped a little: each rep is measured up to its last quiet,
        // standing moment (before that, the first three were 5-12 cm too deep).
        var script = new MotionScript().Stand(3);
        for (int i = 0; i < 4; i++) script.Squat(new SquatSpec { DurationSeconds = 1.4, DepthMeters = 0.40 }).Stand(0.1);
        script.Stand(1);
        var harness = RuntimeHarness.Replay(script);
        Assert.Equal(4, harness.Sink.Reps.Count);
        var errors = new List<double>();
        for (int i = 0; i < 4; i++)
        {
            var truth = script.Squats[i];
            double standing = SacrumHeightMeters(script.PoseAt(truth.Start));
            double lowest = double.MaxValue;
            for (double t = truth.Start; t <= truth.End; t += 0.001) lowest = Math.Min(lowest, SacrumHeightMeters(script.PoseAt(t)));
            errors.Add(harness.Sink.Reps[i].DepthMeters * 100 - (standing - lowest) * 100);
        }
        Assert.True(errors.All(e => Math.Abs(e) <= 3), "depth errors, cm: " + string.Join(", ", errors.Select(e => e.ToString("F1"))));
    }

    [Fact]
    public void A_wink_rep_reports_how_far_below_standing_the_onset_was()
    {
        var script = new MotionScript().Stand(3).Squat(new SquatSpec { WinkDegrees = 15 }).Stand(1);
        var harness = RuntimeHarness.Replay(script);
        var rep = Assert.Single(harness.Sink.Reps);
        Assert.True(rep.Wink);
        double standing = SacrumHeightMeters(script.PoseAt(script.Squats[0].Start));
        double atOnset = SacrumHeightMeters(script.PoseAt(rep.WinkOnsetMicroseconds / 1e6));
        Assert.Equal((standing - atOnset) * 100, rep.WinkOnsetDepthCentimetres, 2.0);
        Assert.Equal(rep.WinkOnsetDepthCentimetres / (rep.DepthMeters * 100), rep.WinkOnsetFractionOfDepth, 3);
        Assert.InRange(rep.WinkOnsetFractionOfDepth, 0.3f, 1f);
    }

    [Fact]
    public void A_bend_within_the_squat_tilt_limits_is_not_a_rep_because_the_sacrum_barely_drops()
    {
        // Trunk 50 deg and pelvis 40 deg stay inside the squat's tilt limits, so only the depth gate can reject it.
        MotionScript Bend(double dropMeters) => new MotionScript().Stand(3).Stoop(3, trunkDegrees: 50, pelvisDegrees: 40, dropMeters: dropMeters).Stand(1.5);
        var shallow = RuntimeHarness.Replay(Bend(0.06));
        Assert.Empty(shallow.Sink.Reps);

        // The same motion dropping the sacrum as deep as a squat is counted: the drop is what rejected the bend.
        var deep = RuntimeHarness.Replay(Bend(0.35));
        Assert.Single(deep.Sink.Reps);
    }
}
