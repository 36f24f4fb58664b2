using WinkSensor.Simulation.Body;
using WinkSensor.Simulation.Numerics;

namespace WinkSensor.Simulation.Motion;

/// <summary>
/// Bending down to pick something up with nearly straight legs (stoop): the pelvis tilts forward 40-55° about the hips,
/// the lumbar spine flexes 30-45° (far more than in a squat), the knees bend only 10-15° and the hips shift back, so
/// the sacrum barely lowers (it can even rise, being behind and above the hip joint).
/// </summary>
public sealed class StoopMotion : IMotionSegment
{
    private readonly double _downS, _holdS, _upS;
    private readonly double _pelvisDeg, _flexionDeg, _thighDeg, _shankDeg;
    private readonly double _originXM;
    private readonly SkeletonGeometry _geometry;

    public StoopMotion(double startS, double originXM, SkeletonGeometry geometry, SimulationRandom random)
    {
        StartS = startS;
        _originXM = originXM;
        _geometry = geometry;
        _downS = random.Uniform(1.0, 1.6);
        _holdS = random.Uniform(0.5, 1.2);
        _upS = random.Uniform(1.0, 1.6);
        _pelvisDeg = random.Uniform(40, 55);
        _flexionDeg = random.Uniform(30, 45);
        _thighDeg = random.Uniform(8, 15);
        _shankDeg = random.Uniform(5, 10);
        EndS = startS + _downS + _holdS + _upS;
    }

    public double StartS { get; }
    public double EndS { get; }
    public ActivityKind Activity => ActivityKind.Stoop;

    public double PeakFlexionDeg => _flexionDeg;

    private double Progress(double t)
    {
        double u = t - StartS;
        if (u < _downS) return Easing.MinimumJerk(u / _downS);
        if (u < _downS + _holdS) return 1;
        return 1 - Easing.MinimumJerk((u - _downS - _holdS) / _upS);
    }

    public BodyPose PoseAt(double t)
    {
        double s = Progress(t);
        double shank = _shankDeg * s, thigh = _thighDeg * s;
        double pelvis = _pelvisDeg * s;
        return new BodyPose
        {
            HipCentre = new Vector3d(
                _originXM + LegKinematics.HipForwardM(_geometry, shank, thigh, 0) - 0.10 * s,
                0,
                _geometry.StandingHipHeightM - LegKinematics.HipDropM(_geometry, shank, thigh)),
            PelvisPitchDeg = pelvis,
            ThoraxPitchDeg = pelvis + _flexionDeg * s,
            Activity = ActivityKind.Stoop,
            Phase = TruthPhase.Other,
        };
    }
}
