using WinkSensor.Core.Kinematics;
using WinkSensor.Core.Numerics;
using WinkSensor.Core.Reps;

namespace WinkSensor.Core.Tests.Reps;

/// <summary>
/// A rep whose live vertical speed drifted low in the ascent ends as soon as the trunk is inside the upright band
/// (15 deg), while the trunk is still tilted beyond the descent trigger (10 deg) and the sacrum still rises. That tilt
/// is the end of the ascent: it must not start a new candidate, and the rep must be measured once the sacrum has
/// settled, not at the drifted end (docs/detection.md, section 4).
/// </summary>
public class RepEndOnDriftedSpeedTests
{
    private const double Gravity = 9.80665;
    private const double SampleRate = 100;
    private const double StandSeconds = 2, DescentSeconds = 1.2, PauseSeconds = 0.3, AscentSeconds = 1.4;
    private const double DepthMeters = 0.45, TrunkLeanDegrees = 55, PelvisLeanDegrees = 40;
    /// <summary>Error on the vertical acceleration in the ascent while the pelvis is tilted beyond 8 deg, m/s^2 (a
    /// gravity leak, which vanishes near standing): the live speed is about 0.35 m/s low when the trunk is back within
    /// 15 deg, more than the 0.2 m/s seen in the simulated cohort, so that the test does not hang on the exact crossing.</summary>
    private const double AscentErrorMetersPerSecondSquared = -0.4;

    private static double AscentError(double t, double p) =>
        InAscent(t) && PelvisLeanDegrees * p > 8 ? AscentErrorMetersPerSecondSquared : 0;

    /// <summary>Minimum-jerk progress 0 -> 1 and its first two derivatives against s = t / duration.</summary>
    private static (double P, double Rate, double Curvature) MinimumJerk(double s) =>
        (10 * s * s * s - 15 * s * s * s * s + 6 * s * s * s * s * s,
         30 * s * s - 60 * s * s * s + 30 * s * s * s * s,
         60 * s - 180 * s * s + 120 * s * s * s);

    /// <summary>How far into the squat (0 standing, 1 bottom), its rate (1/s) and its second derivative (1/s^2) at t.</summary>
    private static (double P, double Rate, double Curvature) Progress(double t)
    {
        double descentStart = StandSeconds, ascentStart = StandSeconds + DescentSeconds + PauseSeconds;
        if (t < descentStart) return (0, 0, 0);
        if (t < descentStart + DescentSeconds)
        {
            var (p, r, c) = MinimumJerk((t - descentStart) / DescentSeconds);
            return (p, r / DescentSeconds, c / (DescentSeconds * DescentSeconds));
        }
        if (t < ascentStart) return (1, 0, 0);
        if (t < ascentStart + AscentSeconds)
        {
            var (p, r, c) = MinimumJerk((t - ascentStart) / AscentSeconds);
            return (1 - p, -r / AscentSeconds, -c / (AscentSeconds * AscentSeconds));
        }
        return (0, 0, 0);
    }

    /// <summary>The trunk leans early in the descent and is back upright only at the very end of the ascent (within
    /// 15 deg about 3 cm below standing, as in the simulated unloaded sets), deg and deg/s.</summary>
    private static (double Tilt, double Rate) Trunk(double p, double rate) =>
        p <= 0 ? (0, 0) : (TrunkLeanDegrees * Math.Sqrt(p), TrunkLeanDegrees * 0.5 / Math.Sqrt(p) * rate);

    private static bool InAscent(double t) =>
        t >= StandSeconds + DescentSeconds + PauseSeconds && t < StandSeconds + DescentSeconds + PauseSeconds + AscentSeconds;

    [Fact]
    public void A_rep_ended_early_by_a_drifted_speed_starts_no_new_candidate_and_is_measured_to_its_full_depth()
    {
        var motion = new SacrumVerticalMotion(new VerticalMotionSettings());
        motion.CalibrateStanding(1f);
        var segmenter = new RepSegmenter(new RepSegmenterSettings(), motion);
        var up = new Vector3(0f, 0f, 1f);
        float period = (float)(1 / SampleRate);
        double ascentEnd = StandSeconds + DescentSeconds + PauseSeconds + AscentSeconds;
        var events = new List<(double Time, RepSegmenterEvent Event, float TrunkTilt)>();
        double measuredAt = double.NaN;
        float measuredDepthCentimetres = float.NaN;
        int samples = (int)((ascentEnd + 3) * SampleRate);
        for (int i = 0; i <= samples; i++)
        {
            double t = i / SampleRate;
            long time = (long)(t * 1e6);
            var (p, rate, curvature) = Progress(t);
            double acceleration = -DepthMeters * curvature + AscentError(t, p);
            motion.Update(up * (float)(1 + acceleration / Gravity), up, (float)(PelvisLeanDegrees * p), period, time);
            var (trunkTilt, trunkRate) = Trunk(p, rate);
            var e = segmenter.Update(time, period, (float)(PelvisLeanDegrees * p), (float)trunkTilt, true, (float)Math.Abs(trunkRate));
            if (e != RepSegmenterEvent.None) events.Add((t, e, (float)trunkTilt));
            if (segmenter.HasNewMeasurement)
            {
                measuredAt = t;
                measuredDepthCentimetres = segmenter.Kinematics.DepthCentimetres;
            }
        }

        // The drift is large enough to end the rep inside the upright band but outside the descent trigger.
        var completed = Assert.Single(events, x => x.Event == RepSegmenterEvent.RepCompleted);
        Assert.InRange(completed.TrunkTilt, 10f, 15f);
        Assert.True(completed.Time < ascentEnd - 0.1, $"the rep ended at {completed.Time:F2} s, the ascent at {ascentEnd:F2} s");
        // No candidate after it: the trunk's last 10 deg are the end of the ascent.
        Assert.DoesNotContain(events, x => x.Time > completed.Time && x.Event == RepSegmenterEvent.DescentStarted);
        // Measured once the sacrum settled after the ascent, so over the whole rise.
        Assert.True(measuredAt >= ascentEnd, $"measured at {measuredAt:F2} s, before the ascent ended at {ascentEnd:F2} s");
        // Not short (measured at the drifted end it would miss the rest of the rise); the step-shaped error is not the
        // k * sin(tilt) leak the measurement removes, so it reads a few cm deep here.
        Assert.True(measuredDepthCentimetres > DepthMeters * 100 - 2, $"measured depth {measuredDepthCentimetres:F1} cm");
    }

    [Fact]
    public void After_such_a_rep_the_next_descent_still_starts_once_the_trunk_has_come_back_upright()
    {
        // A second squat 0.2 s after the first: the tilt trigger is armed again as soon as the segments passed back
        // inside 10 deg, before the rep was measured.
        var motion = new SacrumVerticalMotion(new VerticalMotionSettings());
        motion.CalibrateStanding(1f);
        var segmenter = new RepSegmenter(new RepSegmenterSettings(), motion);
        var up = new Vector3(0f, 0f, 1f);
        float period = (float)(1 / SampleRate);
        double repSeconds = StandSeconds + DescentSeconds + PauseSeconds + AscentSeconds;
        double secondOffset = repSeconds - StandSeconds + 0.2;
        int samples = (int)((repSeconds + secondOffset + 2) * SampleRate);
        int completed = 0;
        for (int i = 0; i <= samples; i++)
        {
            double t = i / SampleRate;
            double local = t < repSeconds ? t : t - secondOffset;
            var (p, rate, curvature) = Progress(local);
            double acceleration = -DepthMeters * curvature + AscentError(local, p);
            long time = (long)(t * 1e6);
            motion.Update(up * (float)(1 + acceleration / Gravity), up, (float)(PelvisLeanDegrees * p), period, time);
            var (trunkTilt, trunkRate) = Trunk(p, rate);
            var e = segmenter.Update(time, period, (float)(PelvisLeanDegrees * p), (float)trunkTilt, true, (float)Math.Abs(trunkRate));
            if (e == RepSegmenterEvent.RepCompleted) completed++;
        }
        Assert.Equal(2, completed);
    }
}
