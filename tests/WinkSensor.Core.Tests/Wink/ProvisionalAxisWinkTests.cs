using WinkSensor.Core.Runtime;
using WinkSensor.Core.Tests.Signals;

namespace WinkSensor.Core.Tests.Wink;

/// <summary>
/// The first descent with a board facing the skin: until the flexion axis comes from the motion, the provisional axis
/// has the wrong sign, so the pelvis seems to tuck under (and lumbar flexion to rise) as the wearer starts down.
/// </summary>
public class ProvisionalAxisWinkTests
{
    private const double Threshold = DeviceConfiguration.DefaultWinkThresholdDegrees;

    private static SyntheticImuOptions SacrumFacingTheSkin => new() { SacrumMounting = new SensorMounting(0, 25, Flipped: true) };

    [Theory]
    [InlineData(1.2)]
    [InlineData(2.6)]
    public void A_clean_first_squat_with_the_sacrum_board_facing_the_skin_raises_no_alarm(double durationSeconds)
    {
        var script = new MotionScript().Stand(3).Squat(new SquatSpec { DurationSeconds = durationSeconds }).Stand(1.5)
            .Squat(new SquatSpec { DurationSeconds = durationSeconds }).Stand(1.5);
        // The provisional axis turned round only at the descent's swing, as before AlignmentSettings.ProvisionalAxisTurnDegrees
        // (which turns it after a few degrees): the alarm must stay quiet however long the wrong sign lasts.
        var settings = new RuntimeSettings();
        settings.Alignment.ProvisionalAxisTurnDegrees = 90f;
        var harness = new RuntimeHarness(settings).Run(SyntheticImu.Generate(script, SacrumFacingTheSkin));
        Assert.Equal(2, harness.Sink.Reps.Count);
        Assert.Empty(harness.Sink.Winks);
        // The sign really is wrong at the start of the first descent: the runtime measures the pelvis tilting back.
        var firstDescent = harness.Trace.Where(x => x.Phase == SquatPhase.Descent && x.Time < script.Squats[0].Bottom * 1e6).ToList();
        Assert.Contains(firstDescent, x => x.Flexion > x.Truth.FlexionDegrees + Threshold);
    }

    [Fact]
    public void A_wink_in_the_first_squat_with_the_sacrum_board_facing_the_skin_is_caught_at_the_wink()
    {
        var script = new MotionScript().Stand(3).Squat(new SquatSpec { WinkDegrees = 12 }).Stand(1.5);
        var harness = RuntimeHarness.Replay(script, SacrumFacingTheSkin);
        var truth = script.Squats[0];
        var wink = Assert.Single(harness.Sink.Winks);
        Assert.InRange(wink.AlarmMicroseconds / 1e6 - truth.WinkCrossing(Threshold), -0.02, 0.03);
        Assert.InRange(wink.OnsetMicroseconds / 1e6, truth.WinkOnset - 0.06, truth.WinkOnset + 0.06);
    }
}
