using WinkSensor.Core.Runtime;
using WinkSensor.Core.Tests.Signals;

namespace WinkSensor.Core.Tests.Reps;

public class RepSegmenterTests
{
    private static void AssertRepsMatch(MotionScript script, RuntimeHarness harness, double toleranceSeconds = 0.25,
        double startToleranceSeconds = double.NaN)
    {
        if (double.IsNaN(startToleranceSeconds)) startToleranceSeconds = toleranceSeconds;
        Assert.Equal(script.Squats.Count, harness.Sink.Reps.Count);
        for (int i = 0; i < script.Squats.Count; i++)
        {
            var truth = script.Squats[i];
            var rep = harness.Sink.Reps[i];
            Assert.Equal(i + 1, rep.RepNumber);
            Assert.InRange(rep.StartMicroseconds / 1e6, truth.Start - startToleranceSeconds, truth.Start + startToleranceSeconds);
            Assert.InRange(rep.BottomMicroseconds / 1e6, truth.Bottom - toleranceSeconds, truth.Bottom + toleranceSeconds);
            Assert.InRange(rep.EndMicroseconds / 1e6, truth.End - toleranceSeconds, truth.End + toleranceSeconds);
        }
    }

    [Fact]
    public void A_set_of_normal_squats_is_counted_with_start_bottom_and_end()
    {
        var script = new MotionScript().Stand(3);
        for (int i = 0; i < 5; i++) script.Squat(new SquatSpec { DurationSeconds = 2.2 + 0.2 * i }).Stand(0.6);
        var harness = RuntimeHarness.Replay(script);
        AssertRepsMatch(script, harness);
        Assert.Equal(5, harness.Runtime.RepCount);
    }

    [Fact]
    public void Phases_run_standing_descent_bottom_ascent_standing()
    {
        var script = new MotionScript().Stand(3).Squat(new SquatSpec()).Stand(1);
        var harness = RuntimeHarness.Replay(script);
        var sequence = new List<SquatPhase>();
        foreach (var x in harness.Trace)
            if (sequence.Count == 0 || sequence[^1] != x.Phase) sequence.Add(x.Phase);
        Assert.Equal(new[] { SquatPhase.Calibrating, SquatPhase.Standing, SquatPhase.Descent, SquatPhase.Bottom, SquatPhase.Ascent, SquatPhase.Standing }, sequence);
        // The truth's deepest moment falls in the bottom or right at its edges.
        var atBottom = harness.Trace.First(x => x.Time >= script.Squats[0].Bottom * 1e6);
        Assert.Contains(atBottom.Phase, new[] { SquatPhase.Bottom, SquatPhase.Ascent });
    }

    [Fact]
    public void Very_slow_very_fast_and_paused_reps_are_all_counted()
    {
        var script = new MotionScript().Stand(3)
            .Squat(new SquatSpec { DurationSeconds = 4.6 }).Stand(0.8)
            .Squat(new SquatSpec { DurationSeconds = 1.1 }).Stand(0.5)
            .Squat(new SquatSpec { DurationSeconds = 1.1, DepthMeters = 0.35 }).Stand(0.5)
            .Squat(new SquatSpec { PauseSeconds = 2.0 }).Stand(1);
        var harness = RuntimeHarness.Replay(script);
        AssertRepsMatch(script, harness);
    }

    [Fact]
    public void Walking_bending_to_pick_something_up_and_sitting_down_are_not_reps()
    {
        var script = new MotionScript().Stand(3).Walk(8).Stand(1).Stoop().Stand(1).Stoop(2, 80, 50, 0.1).Stand(1)
            .SitDownAndStandUp().Stand(1).SitDownAndStandUp(1.2, 1.5, 1.2).Stand(1);
        var harness = RuntimeHarness.Replay(script);
        Assert.Empty(harness.Sink.Reps);
        Assert.Empty(harness.Sink.Winks);
        Assert.Equal(SquatPhase.Standing, harness.Runtime.Phase);
    }

    [Fact]
    public void A_squat_after_those_motions_is_still_counted()
    {
        var script = new MotionScript().Stand(3).Walk(4).Stand(1).Stoop().Stand(1).SitDownAndStandUp().Stand(1)
            .Squat(new SquatSpec()).Stand(1);
        var harness = RuntimeHarness.Replay(script);
        AssertRepsMatch(script, harness);
    }

    /// <summary>A squat with the heels raised can keep both segments inside the upright band (15 deg) all the way down:
    /// here the pelvis tilts 5 deg and the trunk 11 deg at a 0.48 m drop. Its start is found up to 0.35 s late (the
    /// near-standing moment is judged from a tilt under 1 deg, which such a slow tilt passes late), so the start
    /// tolerance is wider.</summary>
    private static SquatSpec UprightSquat(double durationSeconds, double pauseSeconds) => new()
    {
        DurationSeconds = durationSeconds, PauseSeconds = pauseSeconds, DepthMeters = 0.48, PelvisRangeDegrees = 5,
        GradualFlexionDegrees = 6,
    };

    [Fact]
    public void A_squat_that_stays_upright_ends_when_the_wearer_has_risen_not_at_the_bottom()
    {
        var script = new MotionScript().Stand(3);
        for (int i = 0; i < 3; i++) script.Squat(UprightSquat(2.4 + 0.4 * i, 0)).Stand(1);
        var harness = RuntimeHarness.Replay(script);
        AssertRepsMatch(script, harness, startToleranceSeconds: 0.35);
        foreach (var rep in harness.Sink.Reps) Assert.InRange(rep.DepthMeters, 0.43f, 0.53f);
    }

    [Fact]
    public void A_paused_squat_that_stays_upright_is_a_rep_not_sitting_down()
    {
        var script = new MotionScript().Stand(3)
            .Squat(UprightSquat(1.2, 1.4)).Stand(1)
            .Squat(UprightSquat(2.6, 2.0)).Stand(1);
        var harness = RuntimeHarness.Replay(script);
        AssertRepsMatch(script, harness, startToleranceSeconds: 0.35);
        foreach (var rep in harness.Sink.Reps) Assert.InRange(rep.DepthMeters, 0.43f, 0.53f);
    }

    [Fact]
    public void A_rebound_at_the_bottom_of_an_upright_paused_squat_does_not_end_the_rep()
    {
        // Down in 0.6 s to a 0.48 m drop, the hips rebound 2 cm (0.16 m/s up, faster than the ascent trigger) and settle,
        // a 1.4 s pause, up in 0.6 s; the pelvis tilts 5 deg and the trunk 11 deg, both inside the upright band.
        const double descent = 0.6, rebound = 0.4, pause = 1.4, ascent = 0.6, depth = 0.48;
        BodyPose Pose(double p, double extraHeight) => new(5 * p, 11 * p, -depth * p + extraHeight, 0, -0.1 * p);
        var script = new MotionScript().Stand(3)
            .Add(descent, t => Pose(MotionScript.Ease(t / descent), 0))
            .Add(rebound, t => Pose(1, 0.01 * (1 - Math.Cos(2 * Math.PI * t / rebound))))
            .Add(pause - rebound, _ => Pose(1, 0))
            .Add(ascent, t => Pose(1 - MotionScript.Ease(t / ascent), 0))
            .Stand(1.5);
        var harness = RuntimeHarness.Replay(script);
        var rep = Assert.Single(harness.Sink.Reps);
        double ascentEnd = 3 + descent + pause + ascent;
        Assert.InRange(rep.EndMicroseconds / 1e6, ascentEnd - 0.25, ascentEnd + 0.25);
        Assert.InRange(rep.DepthMeters, 0.43f, 0.53f);
    }
    /// <summary>A deep squat with a big forward lean: the trunk reaches 75 deg (pelvis 62 deg plus 13 deg of lumbar
    /// flexion) at a 0.5 m drop, beyond the 70 deg line a stoop passes; by then the pelvis is over 0.45 m down.</summary>
    private static SquatSpec DeepLeaningSquat(double durationSeconds) => new()
    {
        DurationSeconds = durationSeconds, DepthMeters = 0.5, PelvisRangeDegrees = 62, GradualFlexionDegrees = 13,
    };

    [Fact]
    public void A_deep_squat_whose_trunk_leans_75_degrees_is_a_rep_not_a_stoop()
    {
        var script = new MotionScript().Stand(3);
        for (int i = 0; i < 3; i++) script.Squat(DeepLeaningSquat(2.2 + 0.6 * i)).Stand(1);
        var harness = RuntimeHarness.Replay(script);
        AssertRepsMatch(script, harness);
        foreach (var rep in harness.Sink.Reps) Assert.InRange(rep.DepthMeters, 0.45f, 0.55f);
    }

    [Fact]
    public void Without_the_trunk_sensor_a_deep_squat_whose_pelvis_tilts_65_degrees_is_a_rep()
    {
        var script = new MotionScript().Stand(3);
        for (int i = 0; i < 3; i++)
            script.Squat(DeepLeaningSquat(2.2 + 0.6 * i) with { PelvisRangeDegrees = 65, GradualFlexionDegrees = 10 }).Stand(1);
        var harness = RuntimeHarness.Replay(script, withThoracolumbar: false);
        Assert.True(harness.Runtime.IsPelvisOnly);
        AssertRepsMatch(script, harness);
    }

    [Fact]
    public void A_stoop_is_turned_away_as_soon_as_the_trunk_passes_70_degrees_with_the_pelvis_still_up()
    {
        // Trunk 75 deg, pelvis 45 deg, knees slightly bent: the hips drop 5 cm (the sacrum, behind and above the hip, rises).
        var script = new MotionScript().Stand(3).Stoop(3, 75, 45, 0.05).Stand(1);
        var harness = RuntimeHarness.Replay(script);
        Assert.Empty(harness.Sink.Reps);
        var firstPastLine = harness.Trace.First(x => x.Truth.TrunkTiltDegrees > 72);
        var rejected = harness.Trace.First(x => x.Phase == SquatPhase.Other);
        Assert.InRange((rejected.Time - firstPastLine.Time) / 1e6, -0.2, 0.1);
    }

    [Fact]
    public void Picking_something_up_with_the_trunk_horizontal_is_not_a_rep_even_with_the_knees_bent()
    {
        // A stoop-squat lift: trunk to 90 deg, pelvis 55 deg, hips 0.25 m down; no squat leans the trunk that far.
        var script = new MotionScript().Stand(3).Stoop(3, 90, 55, 0.25).Stand(1).Squat(new SquatSpec()).Stand(1);
        var harness = RuntimeHarness.Replay(script);
        var rep = Assert.Single(harness.Sink.Reps);
        Assert.InRange(rep.StartMicroseconds / 1e6, script.Squats[0].Start - 0.25, script.Squats[0].Start + 0.25);
    }
    /// <summary>Sitting down onto a cushioned seat: the trunk and pelvis lean forward (pelvis to 35 deg) and come back
    /// as the hips go 0.45 m down, the cushion gives 1.5 cm and springs back (0.25 s), then the pelvis rolls back
    /// into the seated slump (to SlumpDegrees behind standing over 1 s) and the wearer sits for the rest of
    /// seatedSeconds before standing up.</summary>
    private static MotionScript SitDownOnCushion(MotionScript script, double slumpDegrees, double seatedSeconds = 1.8)
    {
        const double down = 1.6, bounce = 0.25, up = 1.4, depth = 0.45, cushion = 0.015;
        return script
            .Add(down, t =>
            {
                double s = t / down, p = MotionScript.Ease(s), lean = Bump(s);
                return new BodyPose(30 * lean + 5 * p, 35 * lean + 8 * p, -depth * p, 0, -0.2 * p);
            })
            .Add(bounce, t => new BodyPose(5, 8, -depth - cushion * Bump(t / bounce), 0, -0.2))
            .Add(seatedSeconds, t =>
            {
                double slump = MotionScript.Ease(t / 1.0);
                return new BodyPose(5 - (5 + slumpDegrees) * slump, 8, -depth, 0, -0.2);
            })
            .Add(up, t =>
            {
                double s = t / up, q = 1 - MotionScript.Ease(s), lean = Bump(s);
                return new BodyPose(40 * lean - slumpDegrees * q, 45 * lean + 8 * q, -depth * q, 0, -0.2 * q);
            });
    }

    /// <summary>0 -> 1 -> 0 over s = 0..1, with zero slope at both ends.</summary>
    private static double Bump(double s) => Math.Pow(Math.Sin(Math.PI * Math.Clamp(s, 0, 1)), 2);

    [Theory]
    [InlineData(12)]
    [InlineData(3)]
    public void Without_the_trunk_sensor_sitting_down_onto_a_springy_seat_is_not_a_rep(double slumpDegrees)
    {
        // The cushion springing back lifts the pelvis faster than the ascent trigger: the rep must not be counted when
        // the wearer then sits there, slumped or nearly upright (pelvis 3 deg behind standing), and only later stands up.
        var script = SitDownOnCushion(new MotionScript().Stand(3), slumpDegrees).Stand(1.5)
            .Squat(new SquatSpec()).Stand(1);
        var harness = RuntimeHarness.Replay(script, withThoracolumbar: false);
        Assert.True(harness.Runtime.IsPelvisOnly);
        var rep = Assert.Single(harness.Sink.Reps);
        Assert.InRange(rep.StartMicroseconds / 1e6, script.Squats[0].Start - 0.25, script.Squats[0].Start + 0.25);
    }
}
