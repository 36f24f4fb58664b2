using WinkSensor.Core.Runtime;
using WinkSensor.Core.Tests.Signals;

namespace WinkSensor.Core.Tests.Reps;

public class RepSegmenterTests
{
    private static void AssertRepsMatch(MotionScript script, RuntimeHarness harness, double toleranceSeconds = 0.25)
    {
        Assert.Equal(script.Squats.Count, harness.Sink.Reps.Count);
        for (int i = 0; i < script.Squats.Count; i++)
        {
            var truth = script.Squats[i];
            var rep = harness.Sink.Reps[i];
            Assert.Equal(i + 1, rep.RepNumber);
            Assert.InRange(rep.StartMicroseconds / 1e6, truth.Start - toleranceSeconds, truth.Start + toleranceSeconds);
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
}
