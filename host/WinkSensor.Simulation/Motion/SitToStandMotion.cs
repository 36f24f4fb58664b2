using WinkSensor.Simulation.Body;
using WinkSensor.Simulation.Numerics;

namespace WinkSensor.Simulation.Motion;

/// <summary>
/// Sitting down on a chair (seat at knee height, thighs end horizontal), staying seated, and standing up. The trunk
/// leans forward ~40-50° mid-transfer and comes back upright when seated; the seat contact gives a small jolt; once
/// seated the pelvis rolls back and the lumbar spine slumps 10-20° — a posterior tilt with flexion at the bottom,
/// the natural look-alike of a wink that the detector must not confuse with one.
/// </summary>
public sealed class SitToStandMotion : IMotionSegment
{
    private const double SeatedThighDeg = 90;
    private const double SeatContactS = 0.12;
    private const double SeatContactDipM = 0.003;
    private readonly double _downS, _seatedS, _upS;
    private readonly double _leanDownDeg, _leanUpDeg, _slumpDeg;
    private readonly double _originXM;
    private readonly SkeletonGeometry _geometry;

    public SitToStandMotion(double startS, double originXM, SkeletonGeometry geometry, SimulationRandom random)
    {
        StartS = startS;
        _originXM = originXM;
        _geometry = geometry;
        _downS = random.Uniform(1.3, 2.0);
        _seatedS = random.Uniform(1.5, 3.0);
        _upS = random.Uniform(1.0, 1.6);
        _leanDownDeg = random.Uniform(30, 40);
        _leanUpDeg = random.Uniform(40, 50);
        _slumpDeg = random.Uniform(10, 20);
        EndS = startS + _downS + _seatedS + _upS;
    }

    public double StartS { get; }
    public double EndS { get; }
    public ActivityKind Activity => ActivityKind.SitToStand;

    public BodyPose PoseAt(double t)
    {
        double u = t - StartS;
        double s, lean, flexion, jolt = 0;
        if (u < _downS)
        {
            s = Easing.MinimumJerk(u / _downS);
            lean = 10 * s + _leanDownDeg * Math.Sin(Math.PI * s);
            flexion = 5 * s;
        }
        else if (u < _downS + _seatedS)
        {
            double seated = u - _downS;
            s = 1;
            lean = 10;
            flexion = 5 + _slumpDeg * Easing.MinimumJerk(seated / 1.0);
            if (seated < SeatContactS)
            {
                double bump = Math.Sin(Math.PI * seated / SeatContactS);
                jolt = -SeatContactDipM * bump * bump;
            }
        }
        else
        {
            double rising = Easing.MinimumJerk((u - _downS - _seatedS) / _upS);
            s = 1 - rising;
            lean = 10 * s + _leanUpDeg * Math.Sin(Math.PI * rising);
            flexion = (5 + _slumpDeg) * s;
        }
        double thigh = SeatedThighDeg * s;
        double shank = 12 * Math.Sin(Math.PI * s) + 5 * s;
        return new BodyPose
        {
            HipCentre = new Vector3d(
                _originXM + LegKinematics.HipForwardM(_geometry, shank, thigh, 0),
                0,
                _geometry.StandingHipHeightM - LegKinematics.HipDropM(_geometry, shank, thigh) + jolt),
            PelvisPitchDeg = lean - flexion,
            ThoraxPitchDeg = lean,
            Activity = ActivityKind.SitToStand,
            Phase = TruthPhase.Other,
        };
    }
}
