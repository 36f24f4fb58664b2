using WinkSensor.Simulation.Numerics;

namespace WinkSensor.Simulation.Body;

/// <summary>
/// Segment lengths and sensor lever arms, m, for a 1.75 m adult (scaled linearly with height). Offsets are in the
/// segment's own axes at the standing pose (x forward, y left, z up). Sizes follow adult anthropometry: S2 lies
/// about 13 cm behind and 8 cm above the hip joint centre, the lumbar spine (L5/S1 to T12/L1) is about 17 cm long,
/// and the skin over T12/L1 is about 7 cm behind the vertebral body.
/// </summary>
public sealed record SkeletonGeometry
{
    public double ShankLengthM { get; init; } = 0.43;
    public double ThighLengthM { get; init; } = 0.44;
    /// <summary>Ankle joint height above the floor, m.</summary>
    public double AnkleHeightM { get; init; } = 0.08;
    public Vector3d HipToLumbosacralM { get; init; } = new(-0.05, 0, 0.10);
    /// <summary>Hip joint centre to the sacrum sensor on the skin over S2: the pelvis lever arm.</summary>
    public Vector3d HipToSacrumSkinM { get; init; } = new(-0.13, 0, 0.08);
    /// <summary>L5/S1 to T12/L1 along the vertebral bodies.</summary>
    public double LumbarLengthM { get; init; } = 0.17;
    /// <summary>T12/L1 vertebral body to the thoracolumbar sensor on the skin, in thorax axes.</summary>
    public Vector3d ThoracolumbarBodyToSkinM { get; init; } = new(-0.07, 0, 0);
    /// <summary>Head-arms-trunk centre of mass above the hip along the trunk, m.</summary>
    public double TrunkMassCentreAboveHipM { get; init; } = 0.25;
    /// <summary>Barbell (on the upper back) above the hip along the trunk, m.</summary>
    public double BarAboveHipM { get; init; } = 0.45;
    /// <summary>The skin over the sacrum faces backwards and upwards: its outward normal is tilted up by this, deg.</summary>
    public double SacrumSkinInclinationDeg { get; init; } = 30;
    /// <summary>The skin over T12/L1 (thoracic kyphosis starts) faces slightly downwards: negative = normal tilted down, deg.</summary>
    public double ThoracolumbarSkinInclinationDeg { get; init; } = -10;

    public double StandingHipHeightM => AnkleHeightM + ShankLengthM + ThighLengthM;

    /// <summary>The default geometry scaled to a body height in m.</summary>
    public static SkeletonGeometry ForHeight(double heightM)
    {
        var d = new SkeletonGeometry();
        double k = heightM / 1.75;
        return d with
        {
            ShankLengthM = d.ShankLengthM * k,
            ThighLengthM = d.ThighLengthM * k,
            AnkleHeightM = d.AnkleHeightM * k,
            HipToLumbosacralM = d.HipToLumbosacralM * k,
            HipToSacrumSkinM = d.HipToSacrumSkinM * k,
            LumbarLengthM = d.LumbarLengthM * k,
            ThoracolumbarBodyToSkinM = d.ThoracolumbarBodyToSkinM * k,
            TrunkMassCentreAboveHipM = d.TrunkMassCentreAboveHipM * k,
            BarAboveHipM = d.BarAboveHipM * k,
        };
    }
}
