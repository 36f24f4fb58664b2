using WinkSensor.Core.Flexion;
using WinkSensor.Core.Tests.Signals;

namespace WinkSensor.Core.Tests.Flexion;

public class LumbopelvicFlexionTests
{
    [Fact]
    public void Trunk_tilting_forward_relative_to_the_sacrum_is_positive_flexion()
    {
        Assert.Equal(10f, LumbopelvicFlexion.FromSegmentTilts(thoracolumbarTiltDegrees: 40f, sacrumTiltDegrees: 30f));
        Assert.Equal(-5f, LumbopelvicFlexion.FromSegmentTilts(thoracolumbarTiltDegrees: 25f, sacrumTiltDegrees: 30f));
    }

    [Fact]
    public void Flexion_is_zero_standing_and_follows_the_true_relative_angle_through_squats()
    {
        var script = new MotionScript().Stand(3).Squat(new SquatSpec { GradualFlexionDegrees = 20 }).Stand(1)
            .Squat(new SquatSpec { WinkDegrees = 15, DurationSeconds = 1.5 }).Stand(1.5);
        var harness = RuntimeHarness.Replay(script);
        var standing = harness.Trace.Where(x => x.Time > 2.2e6 && x.Time < 3e6).ToList();
        Assert.All(standing, x => Assert.InRange(x.Flexion, -0.5, 0.5));
        var errors = harness.Trace.Where(x => x.Time > 2.1e6).Select(x => (double)x.Flexion - x.Truth.FlexionDegrees).ToList();
        double rootMeanSquare = Math.Sqrt(errors.Average(e => e * e));
        Assert.True(rootMeanSquare < 1.0, $"flexion RMSE {rootMeanSquare:F2} deg");
        // The deepest point of the loaded rep shows the gradual rounding with a positive sign.
        Assert.InRange(harness.Trace.Max(x => x.Flexion), 19f, 27f);
    }

    [Fact]
    public void Pelvis_only_measure_is_the_posterior_tilt_against_the_descents_maximum_anterior_tilt()
    {
        var flexion = new PelvisOnlyFlexion();
        flexion.Update(-2f);
        Assert.Equal(2f, flexion.FlexionDegrees); // outside a rep: posterior tilt since standing
        flexion.BeginDescent(0f);
        foreach (float tilt in new[] { 5f, 15f, 25f, 28f }) flexion.Update(tilt);
        Assert.Equal(0f, flexion.FlexionDegrees);
        flexion.Update(18f); // tucked under by 10 deg from the 28 deg maximum
        Assert.Equal(10f, flexion.FlexionDegrees);
        flexion.BeginAscent();
        flexion.Update(8f); // returning to upright is not rounding: the value is held, not grown
        Assert.Equal(10f, flexion.FlexionDegrees);
    }
}
