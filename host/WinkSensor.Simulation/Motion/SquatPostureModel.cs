using WinkSensor.Simulation.Athletes;
using WinkSensor.Simulation.Body;
using WinkSensor.Simulation.Script;

namespace WinkSensor.Simulation.Motion;

/// <summary>
/// The squat as a one-parameter family of postures driven by the thigh angle. The shank leans forward up to the
/// athlete's ankle dorsiflexion (more with raised heels for ankle-limited lifters); the trunk leans just enough to keep
/// the centre of mass of body and bar over the ankles (and keeps its greatest lean deeper down); the lumbar spine
/// flexes gradually with depth (the normal descent rounding, levelling off below parallel) and the pelvis takes the
/// rest of the trunk lean as anterior tilt, so without a wink it never tips back. Raised heels bring the knees
/// forward and the hips under the bar, so the trunk leans less and hip flexion at a given depth is smaller.
/// </summary>
public sealed class SquatPostureModel
{
    private const double DegToRad = Math.PI / 180;
    private const double ShankMassFraction = 0.09;
    private const double ThighMassFraction = 0.20;
    private const double TrunkMassFraction = 0.71;
    /// <summary>Thigh angle where the shank lean and normal flexion reach their "parallel squat" values, deg.</summary>
    public const double ParallelThighDeg = 100;

    private readonly SkeletonGeometry _geometry;
    private readonly SquatStance _stance;
    private readonly double _loadFraction;
    private readonly double _maxShankDeg;
    private readonly double _flexionAtParallelDeg;
    private readonly double _trunkLeanScale;

    public SquatPostureModel(SimulatedAthlete athlete, SkeletonGeometry geometry, SquatStance stance, double loadKg)
    {
        _geometry = geometry;
        _stance = stance;
        _loadFraction = loadKg / athlete.BodyMassKg;
        _maxShankDeg = athlete.AnkleDorsiflexionDeg + 1.5 * stance.HeelRaiseCm * athlete.AnkleSensitivity;
        _flexionAtParallelDeg = athlete.NormalDescentFlexionDeg(loadKg, stance.HeelRaiseCm);
        _trunkLeanScale = athlete.TrunkLeanScale;
        WinkHipFlexionDeg = athlete.WinkHipFlexionDeg + athlete.StanceSensitivity * stance.HipClearanceDeg;
        // Past the thigh angle of greatest balance lean the hips come forward again; lifters keep the lean instead.
        // Likewise the pelvis keeps its greatest anterior tilt: without a wink it never tips back.
        double bestLean = -1;
        for (double thigh = 0; thigh <= TableEndDeg; thigh += TableStepDeg)
        {
            double lean = BalanceLeanDeg(thigh);
            if (lean > bestLean + 1e-9) { bestLean = lean; _greatestLeanThighDeg = thigh; }
        }
        _pelvisTiltTableDeg = new double[(int)(TableEndDeg / TableStepDeg) + 1];
        double held = double.NegativeInfinity;
        for (int i = 0; i < _pelvisTiltTableDeg.Length; i++)
        {
            double thigh = i * TableStepDeg;
            held = Math.Max(held, LeanDeg(thigh) - _flexionAtParallelDeg * NormalFlexionShare(thigh / ParallelThighDeg));
            _pelvisTiltTableDeg[i] = held;
        }
    }

    private const double TableStepDeg = 0.25;
    private const double TableEndDeg = 150;
    private readonly double _greatestLeanThighDeg;
    private readonly double[] _pelvisTiltTableDeg;

    /// <summary>Hip flexion at which this athlete winks in this stance, deg (+∞ = never).</summary>
    public double WinkHipFlexionDeg { get; }

    public SquatPosture At(double thighDeg)
    {
        double shankDeg = ShankDeg(thighDeg);
        double leanDeg = LeanDeg(thighDeg);
        return new SquatPosture(
            thighDeg,
            shankDeg,
            LegKinematics.HipForwardM(_geometry, shankDeg, thighDeg, _stance.ToeOutDeg),
            LegKinematics.HipDropM(_geometry, shankDeg, thighDeg),
            leanDeg,
            leanDeg - PelvisTiltDeg(thighDeg));
    }

    private double LeanDeg(double thighDeg) => BalanceLeanDeg(Math.Min(thighDeg, _greatestLeanThighDeg));

    private double PelvisTiltDeg(double thighDeg)
    {
        double position = Math.Clamp(thighDeg, 0, TableEndDeg) / TableStepDeg;
        int index = Math.Min((int)position, _pelvisTiltTableDeg.Length - 2);
        double fraction = position - index;
        return _pelvisTiltTableDeg[index] + (_pelvisTiltTableDeg[index + 1] - _pelvisTiltTableDeg[index]) * fraction;
    }

    /// <summary>
    /// Share of the parallel-squat flexion reached at a depth (thigh angle / 100°): linear to 0.8, then easing to
    /// 1 at 1.2 and flat beyond, so the normal rounding stops growing instead of tipping the pelvis back (that would be a wink).
    /// </summary>
    public static double NormalFlexionShare(double depth)
    {
        if (depth <= 0.8) return Math.Max(0, depth);
        if (depth >= 1.2) return 1;
        return depth - (depth - 0.8) * (depth - 0.8) / 0.8;
    }

    private double ShankDeg(double thighDeg)
    {
        double depth = thighDeg / ParallelThighDeg;
        return _maxShankDeg * (depth >= 1 ? 1 : depth * (2 - depth));
    }

    /// <summary>Trunk lean that keeps the centre of mass of body and bar over the ankles, deg.</summary>
    private double BalanceLeanDeg(double thighDeg)
    {
        double shankDeg = ShankDeg(thighDeg);
        double kneeX = LegKinematics.KneeForwardM(_geometry, shankDeg, _stance.ToeOutDeg);
        double hipX = LegKinematics.HipForwardM(_geometry, shankDeg, thighDeg, _stance.ToeOutDeg);
        double moment = ShankMassFraction * kneeX / 2 + ThighMassFraction * (kneeX + hipX) / 2
                        + (TrunkMassFraction + _loadFraction) * hipX;
        double leverage = TrunkMassFraction * _geometry.TrunkMassCentreAboveHipM + _loadFraction * _geometry.BarAboveHipM;
        double sine = Math.Clamp(-moment / leverage, 0, 0.97);
        return Math.Min(75, Math.Asin(sine) / DegToRad * _trunkLeanScale);
    }
}
