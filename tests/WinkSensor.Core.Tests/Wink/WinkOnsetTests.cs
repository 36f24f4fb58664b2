using WinkSensor.Core.Runtime;
using WinkSensor.Core.Tests.Signals;

namespace WinkSensor.Core.Tests.Wink;

/// <summary>
/// Where the wink starts when the pelvis's forward tilt levels off near depth and drifts back a little before it
/// tucks under: the onset is where the tuck starts, not where the forward tilt peaked.
/// </summary>
public class WinkOnsetTests
{
    private const double DescentSeconds = 1.6;
    private const double AscentSeconds = 1.4;
    private const double PelvisPeakSeconds = 0.9;
    private const double WinkOnsetSeconds = 1.3;
    private const double WinkRiseSeconds = 0.3;

    /// <summary>
    /// One squat: the pelvis tilts forward 20° by 0.9 s into the descent, then drifts back 0.4° (1 deg/s) until the wink
    /// starts at 1.3 s and tucks it under by 12° over 0.3 s; the trunk leans on with the depth.
    /// </summary>
    private static MotionScript SquatWithPelvisPlateau(double standSeconds)
    {
        return new MotionScript().Stand(standSeconds).Add(DescentSeconds + AscentSeconds, t =>
        {
            double p = t < DescentSeconds ? MotionScript.Ease(t / DescentSeconds) : 1 - MotionScript.Ease((t - DescentSeconds) / AscentSeconds);
            double forward = t < DescentSeconds ? 20 * MotionScript.Ease(t / PelvisPeakSeconds) : 20 * p;
            double drift = t < DescentSeconds ? 1.0 * Math.Clamp(t - PelvisPeakSeconds, 0, WinkOnsetSeconds - PelvisPeakSeconds) : 0.4 * p;
            double wink = 12 * MotionScript.Ease((t - WinkOnsetSeconds) / WinkRiseSeconds) * (t < DescentSeconds ? 1 : p);
            double pelvis = forward - drift - wink;
            double trunk = 45 * p;
            return new BodyPose(pelvis, trunk, -0.45 * p, 0, -0.15 * p);
        }).Stand(1.5);
    }

    [Fact]
    public void The_onset_is_where_the_pelvis_starts_tucking_under_not_where_its_forward_tilt_peaked()
    {
        const double stand = 3;
        var harness = RuntimeHarness.Replay(SquatWithPelvisPlateau(stand));
        var wink = Assert.Single(harness.Sink.Winks);
        double onset = wink.OnsetMicroseconds / 1e6 - stand;
        Assert.InRange(onset, WinkOnsetSeconds - 0.03, WinkOnsetSeconds + 0.06);
        // The maximum anterior tilt (the rise's reference) lies 0.4 s earlier: an onset taken there would fail above.
        double peakTiltTime = harness.Trace.Where(x => x.Time < (stand + DescentSeconds) * 1e6).MaxBy(x => x.Truth.PelvisTiltDegrees).Time / 1e6 - stand;
        Assert.InRange(peakTiltTime, PelvisPeakSeconds - 0.05, PelvisPeakSeconds + 0.05);
        var rep = Assert.Single(harness.Sink.Reps);
        Assert.True(rep.Wink);
        Assert.Equal(wink.OnsetMicroseconds, rep.WinkOnsetMicroseconds);
    }
}
