using WinkSensor.Core.Alignment;
using WinkSensor.Core.Numerics;

namespace WinkSensor.Core.Tests.Alignment;

/// <summary>
/// A board mounted facing the skin has its provisional flexion axis the wrong way round; the first backward tilt beyond
/// AlignmentSettings.ProvisionalAxisTurnDegrees turns it, not standing sway, and never an axis set by a motion.
/// </summary>
public class ProvisionalAxisTurnTests
{
    // Board on a vertical back, x up the spine. Facing out: z out of the skin; facing the skin: y and z reversed.
    private static Vector3 UpAfterForwardTilt(double degrees, bool facingSkin)
    {
        double a = degrees * Math.PI / 180;
        float outward = (float)Math.Sin(a);
        return new Vector3((float)Math.Cos(a), 0f, facingSkin ? -outward : outward);
    }

    private static SegmentAlignment Calibrated()
    {
        var alignment = new SegmentAlignment(new AlignmentSettings());
        alignment.Calibrate(new Vector3(1f, 0f, 0f), Vector3.Zero);
        return alignment;
    }

    [Fact]
    public void A_board_facing_the_skin_reads_a_forward_lean_forward_once_it_passes_the_turn_angle()
    {
        var alignment = Calibrated();
        Assert.Equal(-2.0, alignment.SagittalTiltDegrees(UpAfterForwardTilt(2, facingSkin: true)), 2);
        Assert.Equal(5.0, alignment.SagittalTiltDegrees(UpAfterForwardTilt(5, facingSkin: true)), 2);
        Assert.Equal(2.0, alignment.SagittalTiltDegrees(UpAfterForwardTilt(2, facingSkin: true)), 2);
        Assert.False(alignment.IsAxisFromMotion);
    }

    [Fact]
    public void Standing_sway_does_not_turn_the_provisional_axis_of_a_board_facing_out()
    {
        var alignment = Calibrated();
        for (int i = 0; i < 1000; i++)
        {
            double sway = 2.5 * Math.Sin(i * 0.05);
            Assert.Equal(sway, alignment.SagittalTiltDegrees(UpAfterForwardTilt(sway, facingSkin: false)), 2);
        }
        Assert.Equal(20.0, alignment.SagittalTiltDegrees(UpAfterForwardTilt(20, facingSkin: false)), 2);
    }

    [Fact]
    public void An_axis_set_by_a_motion_measures_a_backward_lean_as_backward()
    {
        var alignment = Calibrated();
        alignment.BeginMotion();
        for (int i = 1; i <= 15; i++) alignment.AccumulateSwing(UpAfterForwardTilt(i, facingSkin: false));
        Assert.True(alignment.IsAxisFromMotion);
        Assert.Equal(-6.0, alignment.SagittalTiltDegrees(UpAfterForwardTilt(-6, facingSkin: false)), 1);
        alignment.CommitMotion();
        Assert.Equal(-6.0, alignment.SagittalTiltDegrees(UpAfterForwardTilt(-6, facingSkin: false)), 1);
    }
}
