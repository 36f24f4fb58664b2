using WinkSensor.Simulation.Body;
using WinkSensor.Simulation.Numerics;

namespace WinkSensor.Simulation.Motion;

/// <summary>
/// Walking straight ahead (+x). Speed ramps up and down over 1 s (minimum-jerk). Per step the pelvis rises and
/// falls ±2 cm (lowest at heel strike), with a short heel-strike jolt; per stride it sways ±2 cm sideways, rolls ±4°
/// and turns ±5°, and the thorax counter-rotates. Published walking pelvis ranges: obliquity ≈ 8°, rotation ≈ 10°.
/// </summary>
public sealed class WalkMotion : IMotionSegment
{
    private const double RampS = 1.0;
    private const double HeelStrikeDipM = 0.0015;
    private const double HeelStrikeWidthS = 0.025;
    private readonly double _originXM;
    private readonly double _speed;
    private readonly double _stepHz;
    private readonly double _standingHipHeightM;

    public WalkMotion(double startS, double durationS, double speedMPerS, double originXM, double standingHipHeightM)
    {
        StartS = startS;
        EndS = startS + durationS;
        _speed = speedMPerS;
        _originXM = originXM;
        _standingHipHeightM = standingHipHeightM;
        _stepHz = 1.8 * Math.Sqrt(speedMPerS / 1.3);
    }

    public double StartS { get; }
    public double EndS { get; }
    public ActivityKind Activity => ActivityKind.Walk;

    /// <summary>Forward distance covered by the end, m.</summary>
    public double DistanceM => _speed * (EndS - StartS - RampS);

    private double Envelope(double t) =>
        Math.Min(Easing.MinimumJerk((t - StartS) / RampS), Easing.MinimumJerk((EndS - t) / RampS));

    private double Distance(double t)
    {
        double fromStart = t - StartS;
        double toEnd = EndS - t;
        if (toEnd < RampS)
            return DistanceM - _speed * RampS * Easing.MinimumJerkIntegral(toEnd / RampS);
        return _speed * RampS * Easing.MinimumJerkIntegral(fromStart / RampS);
    }

    public BodyPose PoseAt(double t)
    {
        double e = Envelope(t);
        double stepPhase = 2 * Math.PI * _stepHz * (t - StartS);
        double sinceStrike = ((t - StartS) * _stepHz + 0.5) % 1.0 / _stepHz;
        double toStrike = 1 / _stepHz - sinceStrike;
        double nearest = Math.Min(sinceStrike, toStrike);
        double jolt = -HeelStrikeDipM * Math.Exp(-0.5 * nearest * nearest / (HeelStrikeWidthS * HeelStrikeWidthS));
        double pelvisRoll = 4 * e * Math.Sin(stepPhase / 2 + 0.3);
        double pelvisYaw = 5 * e * Math.Cos(stepPhase / 2);
        double pelvisPitch = 3 * e + 1.5 * e * Math.Sin(stepPhase);
        return new BodyPose
        {
            HipCentre = new Vector3d(
                _originXM + Distance(t),
                0.02 * e * Math.Sin(stepPhase / 2),
                _standingHipHeightM - 0.012 * e + 0.02 * e * Math.Cos(stepPhase) + e * jolt),
            PelvisPitchDeg = pelvisPitch,
            PelvisRollDeg = pelvisRoll,
            PelvisYawDeg = pelvisYaw,
            ThoraxPitchDeg = pelvisPitch - 2 * e + 1.0 * e * Math.Sin(stepPhase + 0.5),
            ThoraxRollDeg = -0.5 * pelvisRoll,
            ThoraxYawDeg = -0.6 * pelvisYaw,
            Activity = ActivityKind.Walk,
            Phase = TruthPhase.Other,
        };
    }
}
