using WinkSensor.Simulation.Body;
using WinkSensor.Simulation.Numerics;

namespace WinkSensor.Simulation.Sensors;

/// <summary>
/// Orientation of a sensor's MPU-6050 axes relative to the segment it is strapped to (columns = sensor axes in
/// segment axes), combining the anatomical slope of the skin at the site and how the board was put on.
/// </summary>
public static class SensorMounting
{
    private const double DegToRad = Math.PI / 180;
    public const double MaxRandomTiltDeg = 25;

    /// <summary>Nominal board on a vertical back: x up, y left, z out of the skin (backwards).</summary>
    public static Rotation NominalOnBack => Rotation.FromColumns(Vector3d.UnitZ, Vector3d.UnitY, -Vector3d.UnitX);

    /// <summary>Outward skin normal at a site, in segment axes.</summary>
    public static Vector3d SkinNormal(SensorSite site, SkeletonGeometry geometry) =>
        Rotation.AboutY(SkinInclinationDeg(site, geometry) * DegToRad) * -Vector3d.UnitX;

    public static Rotation SensorToSegment(SensorSite site, SkeletonGeometry geometry, MountRotationKind kind, SimulationRandom random)
    {
        Rotation skin = Rotation.AboutY(SkinInclinationDeg(site, geometry) * DegToRad) * NominalOnBack;
        return skin * BoardOnSkin(kind, random);
    }

    /// <summary>Rotation of the board relative to the nominal placement, in sensor axes (z = skin normal).</summary>
    public static Rotation BoardOnSkin(MountRotationKind kind, SimulationRandom random)
    {
        switch (kind)
        {
            case MountRotationKind.None:
                return Rotation.Identity;
            case MountRotationKind.Ninety:
                return Rotation.AboutZ(Math.PI / 2);
            default:
                double turn = random.Uniform(0, 2 * Math.PI);
                double tiltDirection = random.Uniform(0, 2 * Math.PI);
                double tilt = random.Uniform(0, MaxRandomTiltDeg) * DegToRad;
                bool faceDown = random.Chance(0.5);
                var tiltAxis = new Vector3d(Math.Cos(tiltDirection), Math.Sin(tiltDirection), 0);
                Rotation board = Rotation.AboutZ(turn) * Rotation.FromRotationVector(tiltAxis * tilt);
                return faceDown ? board * Rotation.AboutX(Math.PI) : board;
        }
    }

    private static double SkinInclinationDeg(SensorSite site, SkeletonGeometry geometry) =>
        site == SensorSite.Sacrum ? geometry.SacrumSkinInclinationDeg : geometry.ThoracolumbarSkinInclinationDeg;
}
