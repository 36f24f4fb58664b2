using WinkSensor.Core.Calibration;
using WinkSensor.Simulation.Numerics;

namespace WinkSensor.Simulation.Calibration;

/// <summary>
/// How the simulated user handles one module during the six-position procedure: it rests on each face in turn on a
/// table tilted by a random angle, each time placed at a random heading, and is turned a quarter turn by hand between
/// faces. Gives the true specific force, g, and angular rate, deg/s, in chip axes at any time since the start.
/// </summary>
internal sealed class SixPositionHandling
{
    /// <summary>Face order in which each move is a quarter turn (never flipped straight over).</summary>
    private static readonly AccelerometerFace[] Order =
    [
        AccelerometerFace.XUp, AccelerometerFace.YUp, AccelerometerFace.ZUp,
        AccelerometerFace.XDown, AccelerometerFace.YDown, AccelerometerFace.ZDown,
    ];

    private readonly SixPositionProcedureSettings procedure;
    private readonly Vector3d[] up = new Vector3d[Order.Length];

    /// <summary>Draws the table tilt, then each face's heading, from <paramref name="random"/>.</summary>
    public SixPositionHandling(SimulationRandom random, SixPositionProcedureSettings procedure)
    {
        this.procedure = procedure;
        TableTiltDeg = random.Uniform(0, procedure.TableTiltLimitDeg);
        double tan = Math.Tan(TableTiltDeg * Math.PI / 180);
        // Up direction in chip axes on each face: the face's axis, tipped by the table tilt towards a random heading.
        for (int i = 0; i < Order.Length; i++)
        {
            Vector3d axis = FaceAxis(Order[i]);
            Vector3d heading = random.UnitVector();
            heading = (heading - axis * Vector3d.Dot(heading, axis)).Normalized();
            up[i] = (axis + heading * tan).Normalized();
        }
    }

    public double TableTiltDeg { get; }

    /// <summary>Length of the whole procedure, s: the lead-in, then six holds with a turn after each.</summary>
    public double DurationS => procedure.LeadInS + Order.Length * (procedure.HoldS + procedure.TurnS);

    /// <summary>Specific force, g, and angular rate, deg/s, in chip axes at <paramref name="timeS"/> since the start.</summary>
    public (Vector3d SpecificForceG, Vector3d AngularRateDps) At(double timeS)
    {
        timeS = Math.Max(0, timeS - procedure.LeadInS);
        double faceS = procedure.HoldS + procedure.TurnS;
        int face = Math.Min((int)(timeS / faceS), Order.Length - 1);
        double intoFace = timeS - face * faceS;
        if (intoFace > procedure.HoldS && face + 1 < Order.Length)
            return Turning(up[face], up[face + 1], (intoFace - procedure.HoldS) / procedure.TurnS, procedure.TurnS,
                procedure.HandlingAccelerationG);
        return (up[face], Vector3d.Zero);
    }

    /// <summary>
    /// Specific force, g, and angular rate, deg/s, in chip axes while the hand turns the module from one face to the
    /// next (smooth start and stop), lifting it and setting it down again.
    /// </summary>
    private static (Vector3d SpecificForceG, Vector3d AngularRateDps) Turning(Vector3d fromUp, Vector3d toUp, double progress,
        double turnS, double handlingG)
    {
        double angle = Math.Acos(Math.Clamp(Vector3d.Dot(fromUp, toUp), -1, 1));
        Vector3d across = (toUp - fromUp * Vector3d.Dot(toUp, fromUp)).Normalized();
        double eased = progress * progress * (3 - 2 * progress);
        double easedRate = 6 * progress * (1 - progress) / turnS;
        double turned = angle * eased;
        Vector3d upNow = fromUp * Math.Cos(turned) + across * Math.Sin(turned);
        // Gravity turns one way in chip axes because the chip turns the other way.
        Vector3d turnAxis = Vector3d.Cross(fromUp, across);
        Vector3d angularRate = turnAxis * (-angle * easedRate * 180 / Math.PI);
        Vector3d lift = upNow * (handlingG * Math.Sin(2 * Math.PI * progress));
        return (upNow + lift, angularRate);
    }

    private static Vector3d FaceAxis(AccelerometerFace face) => face switch
    {
        AccelerometerFace.XUp => Vector3d.UnitX,
        AccelerometerFace.XDown => -Vector3d.UnitX,
        AccelerometerFace.YUp => Vector3d.UnitY,
        AccelerometerFace.YDown => -Vector3d.UnitY,
        AccelerometerFace.ZUp => Vector3d.UnitZ,
        _ => -Vector3d.UnitZ,
    };
}
