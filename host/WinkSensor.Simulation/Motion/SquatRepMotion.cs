using WinkSensor.Simulation.Body;
using WinkSensor.Simulation.Numerics;

namespace WinkSensor.Simulation.Motion;

/// <summary>
/// One squat rep. The thigh angle follows a smooth descent and ascent (a quintic that turns straight round at the
/// bottom when there is no pause, minimum-jerk otherwise). The wink starts the first time hip flexion reaches the
/// rep's wink hip angle: from then the pelvis tilts posteriorly (lumbar flexion rises by the wink magnitude over the
/// rise time, minimum-jerk), holds, and releases once the ascent starts, over the time the lifter takes to rise back
/// above the onset depth (at least 0.5 s and 1.2 × the rise time, at most 80 % of the ascent).
/// </summary>
public sealed class SquatRepMotion : IMotionSegment
{
    /// <summary>Share of the wink's posterior pelvic tilt that shows as lumbar flexion; the thorax follows with the rest.</summary>
    public const double WinkFlexionShareOfPelvicTilt = 0.85;
    /// <summary>The bottom phase is where the hip is within this fraction of the rep's depth of its lowest point.</summary>
    public const double BottomBandFraction = 0.03;
    private const double TurnaroundCurvature = 4;
    private const double Step = 0.001;

    private readonly SquatPostureModel _posture;
    private readonly double _standingHipHeightM;
    private readonly double _descentCurvature;
    private readonly double _ascentCurvature;
    /// <summary>The pelvis needs at least this long to come back out of a wink, s.</summary>
    private const double MinimumReleaseS = 0.5;
    private readonly double _releaseS;

    public SquatRepMotion(SquatRepPlan plan, SquatPostureModel posture, SkeletonGeometry geometry)
    {
        Plan = plan;
        _posture = posture;
        _standingHipHeightM = geometry.StandingHipHeightM;
        _descentCurvature = plan.BottomPauseS > 0 ? 0 : TurnaroundCurvature;
        _ascentCurvature = plan.BottomPauseS > 0
            ? 0
            : Math.Min(6, TurnaroundCurvature * plan.AscentS * plan.AscentS / (plan.DescentS * plan.DescentS));

        DepthM = posture.At(plan.BottomThighDeg).HipDropM;
        BottomBandStartS = FindDescentTimeAtDrop(DepthM * (1 - BottomBandFraction));
        BottomBandEndS = FindAscentTimeAtDrop(DepthM * (1 - BottomBandFraction));

        WinkOnsetS = double.NaN;
        WinkPeakS = double.NaN;
        if (plan.WinkMagnitudeDeg > 0)
        {
            for (double t = plan.StartS; t <= plan.BottomS + 1e-9; t += Step)
            {
                if (posture.At(ThighDegAt(t)).HipFlexionDeg >= plan.WinkHipFlexionDeg)
                {
                    WinkOnsetS = t;
                    WinkOnsetFraction = ThighDegAt(t) / plan.BottomThighDeg;
                    break;
                }
            }
        }
        if (Winks)
        {
            double backAboveOnsetS = Bisect(plan.BottomEndS, plan.EndS, t => WinkOnsetFraction - 1e-9 - DepthFractionAt(t)) - plan.BottomEndS;
            _releaseS = Math.Min(0.8 * plan.AscentS, Math.Max(Math.Max(MinimumReleaseS, 1.2 * plan.WinkRiseS), backAboveOnsetS));
            double peak = -1;
            for (double t = WinkOnsetS; t <= plan.EndS; t += Step)
            {
                double w = WinkFlexionDegAt(t);
                if (w > peak + 1e-12) { peak = w; WinkPeakS = t; }
            }
            WinkPeakFlexionDeg = peak;
        }
    }

    public SquatRepPlan Plan { get; }
    public double StartS => Plan.StartS;
    public double EndS => Plan.EndS;
    public ActivityKind Activity => ActivityKind.Squat;

    /// <summary>Hip joint centre drop at the bottom, m.</summary>
    public double DepthM { get; }
    public double BottomBandStartS { get; }
    public double BottomBandEndS { get; }
    public bool Winks => !double.IsNaN(WinkOnsetS);
    public double WinkOnsetS { get; }
    /// <summary>Thigh angle at onset / thigh angle at the bottom.</summary>
    public double WinkOnsetFraction { get; } = 1;
    public double WinkPeakS { get; }
    public double WinkPeakFlexionDeg { get; }

    /// <summary>Fraction of the bottom thigh angle reached, 0 standing → 1 bottom.</summary>
    public double DepthFractionAt(double t)
    {
        if (t <= Plan.StartS || t >= Plan.EndS) return 0;
        if (t < Plan.BottomS) return Easing.QuinticWithEndCurvature((t - Plan.StartS) / Plan.DescentS, _descentCurvature);
        if (t <= Plan.BottomEndS) return 1;
        return Easing.QuinticWithEndCurvature(1 - (t - Plan.BottomEndS) / Plan.AscentS, _ascentCurvature);
    }

    public double ThighDegAt(double t) => DepthFractionAt(t) * Plan.BottomThighDeg;

    public double WinkFlexionDegAt(double t)
    {
        if (!Winks || t < WinkOnsetS || t >= Plan.EndS) return 0;
        double rise = Easing.MinimumJerk((t - WinkOnsetS) / Plan.WinkRiseS);
        double release = t > Plan.BottomEndS ? 1 - Easing.MinimumJerk((t - Plan.BottomEndS) / _releaseS) : 1;
        return Plan.WinkMagnitudeDeg * rise * release;
    }

    public BodyPose PoseAt(double t)
    {
        SquatPosture posture = _posture.At(ThighDegAt(t));
        double wink = WinkFlexionDegAt(t);
        double winkPelvicTilt = wink / WinkFlexionShareOfPelvicTilt;
        return new BodyPose
        {
            HipCentre = new Vector3d(Plan.OriginXM + posture.HipForwardM, 0, _standingHipHeightM - posture.HipDropM),
            PelvisPitchDeg = posture.PelvisTiltDeg - winkPelvicTilt,
            ThoraxPitchDeg = posture.TrunkLeanDeg - (winkPelvicTilt - wink),
            Activity = ActivityKind.Squat,
            Phase = t < BottomBandStartS ? TruthPhase.Descent : t < BottomBandEndS ? TruthPhase.Bottom : TruthPhase.Ascent,
            Rep = Plan.RepNumber,
            WinkUnderWay = Winks && t >= WinkOnsetS && t < WinkPeakS,
            WinkFlexionDeg = wink,
        };
    }

    private double FindDescentTimeAtDrop(double dropM) =>
        Bisect(Plan.StartS, Plan.BottomS, t => _posture.At(ThighDegAt(t)).HipDropM - dropM);

    private double FindAscentTimeAtDrop(double dropM) =>
        Bisect(Plan.BottomEndS, Plan.EndS, t => dropM - _posture.At(ThighDegAt(t)).HipDropM);

    /// <summary>First time in [low, high] where an increasing function crosses zero.</summary>
    private static double Bisect(double low, double high, Func<double, double> f)
    {
        for (int i = 0; i < 60; i++)
        {
            double mid = 0.5 * (low + high);
            if (f(mid) >= 0) high = mid; else low = mid;
        }
        return high;
    }
}
