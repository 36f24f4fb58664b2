using WinkSensor.Simulation.Athletes;
using WinkSensor.Simulation.Body;
using WinkSensor.Simulation.Script;

namespace WinkSensor.Simulation.Motion;

/// <summary>
/// The squat as a one-parameter family of postures driven by the thigh angle. The shank leans forward up to the
/// athlete's ankle dorsiflexion (more with raised heels for ankle-limited lifters); the trunk leans just enough to keep
/// the centre of mass of body and bar over the ankles; the lumbar spine flexes gradually with depth (the normal
/// descent rounding) and the pelvis takes the rest of the trunk lean as anterior tilt. Raised heels bring the knees
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
    }

    /// <summary>Hip flexion at which this athlete winks in this stance, deg (+∞ = never).</summary>
    public double WinkHipFlexionDeg { get; }

    public SquatPosture At(double thighDeg)
    {
        double depth = thighDeg / ParallelThighDeg;
        double shankDeg = _maxShankDeg * (depth >= 1 ? 1 : depth * (2 - depth));
        double kneeX = LegKinematics.KneeForwardM(_geometry, shankDeg, _stance.ToeOutDeg);
        double hipX = LegKinematics.HipForwardM(_geometry, shankDeg, thighDeg, _stance.ToeOutDeg);
        double moment = ShankMassFraction * kneeX / 2 + ThighMassFraction * (kneeX + hipX) / 2
                        + (TrunkMassFraction + _loadFraction) * hipX;
        double leverage = TrunkMassFraction * _geometry.TrunkMassCentreAboveHipM + _loadFraction * _geometry.BarAboveHipM;
        double sine = Math.Clamp(-moment / leverage, 0, 0.97);
        double leanDeg = Math.Min(75, Math.Asin(sine) / DegToRad * _trunkLeanScale);
        return new SquatPosture(
            thighDeg,
            shankDeg,
            hipX,
            LegKinematics.HipDropM(_geometry, shankDeg, thighDeg),
            leanDeg,
            _flexionAtParallelDeg * depth);
    }
}
