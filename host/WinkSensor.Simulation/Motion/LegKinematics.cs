using WinkSensor.Simulation.Body;

namespace WinkSensor.Simulation.Motion;

/// <summary>Planar two-link leg with the ankle fixed: where the knee and hip are for a shank and thigh angle.</summary>
public static class LegKinematics
{
    private const double DegToRad = Math.PI / 180;

    /// <summary>Knee forward of the ankle, m; the legs flex in planes turned out by the toe-out angle.</summary>
    public static double KneeForwardM(SkeletonGeometry g, double shankDeg, double toeOutDeg) =>
        g.ShankLengthM * Math.Sin(shankDeg * DegToRad) * Math.Cos(toeOutDeg * DegToRad);

    /// <summary>Hip joint centre forward of the ankle, m (negative = behind).</summary>
    public static double HipForwardM(SkeletonGeometry g, double shankDeg, double thighDeg, double toeOutDeg) =>
        KneeForwardM(g, shankDeg, toeOutDeg) - g.ThighLengthM * Math.Sin(thighDeg * DegToRad) * Math.Cos(toeOutDeg * DegToRad);

    /// <summary>How far the hip joint centre has dropped below standing height, m.</summary>
    public static double HipDropM(SkeletonGeometry g, double shankDeg, double thighDeg) =>
        g.ShankLengthM * (1 - Math.Cos(shankDeg * DegToRad)) + g.ThighLengthM * (1 - Math.Cos(thighDeg * DegToRad));
}
