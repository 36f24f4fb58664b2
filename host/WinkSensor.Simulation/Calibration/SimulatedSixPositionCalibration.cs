using WinkSensor.Core.Calibration;
using WinkSensor.Simulation.Numerics;
using WinkSensor.Simulation.Recording;
using WinkSensor.Simulation.Sensors;

namespace WinkSensor.Simulation.Calibration;

/// <summary>
/// A simulated user performs the six-position accelerometer calibration with one simulated MPU-6050 (its drawn
/// errors, noise, low-pass and quantisation): the module rests on each face in turn on a table tilted by a random
/// angle, each time placed at a random heading, and is turned a quarter turn by hand between faces. The core
/// SixPositionCalibrator sees exactly the chip's samples and solves the calibration.
/// </summary>
public static class SimulatedSixPositionCalibration
{
    /// <summary>Face order in which each move is a quarter turn (never flipped straight over).</summary>
    private static readonly AccelerometerFace[] Order =
    [
        AccelerometerFace.XUp, AccelerometerFace.YUp, AccelerometerFace.ZUp,
        AccelerometerFace.XDown, AccelerometerFace.YDown, AccelerometerFace.ZDown,
    ];

    /// <summary>Calibrates both chips of a recording simulator's session (the same chip errors its samples carry).</summary>
    public static (SimulatedCalibrationOutcome Sacrum, SimulatedCalibrationOutcome Thoracolumbar) ForSession(
        RecordingSimulator simulator, SixPositionProcedureSettings? procedure = null)
    {
        var settings = simulator.Settings;
        SimulatedCalibrationOutcome Calibrate(SensorSite site) => Run(simulator.ChipErrorsOf(site), settings.SensorErrors,
            SimulationRandom.Derive(settings.Seed, "six-position calibration/" + site), settings.InternalRateHz, procedure);
        return (Calibrate(SensorSite.Sacrum), Calibrate(SensorSite.Thoracolumbar));
    }

    /// <summary>Runs the procedure with one chip; random draws (table, headings, noise) come from <paramref name="random"/>.</summary>
    public static SimulatedCalibrationOutcome Run(ChipErrors errors, SensorErrorSettings sensorErrors, SimulationRandom random,
        double internalRateHz = 1000, SixPositionProcedureSettings? procedure = null)
    {
        procedure ??= new SixPositionProcedureSettings();
        var chip = new SimulatedImuChip(errors, sensorErrors, random.Derive("noise"), internalRateHz);
        var calibrator = new SixPositionCalibrator(new SixPositionCalibrationSettings());
        double tiltDeg = random.Uniform(0, procedure.TableTiltLimitDeg);
        double tan = Math.Tan(tiltDeg * Math.PI / 180);

        // Up direction in chip axes on each face: the face's axis, tipped by the table tilt towards a random heading.
        var up = new Vector3d[Order.Length];
        for (int i = 0; i < Order.Length; i++)
        {
            Vector3d axis = FaceAxis(Order[i]);
            Vector3d heading = random.UnitVector();
            heading = (heading - axis * Vector3d.Dot(heading, axis)).Normalized();
            up[i] = (axis + heading * tan).Normalized();
        }

        double step = 1 / internalRateHz;
        double faceS = procedure.HoldS + procedure.TurnS;
        double durationS = Order.Length * faceS;
        int samples = 0;
        for (long tick = 0; tick * step <= durationS; tick++)
        {
            double t = tick * step;
            int face = Math.Min((int)(t / faceS), Order.Length - 1);
            double intoFace = t - face * faceS;
            Vector3d specificForce = up[face];
            Vector3d angularRate = Vector3d.Zero;
            if (intoFace > procedure.HoldS && face + 1 < Order.Length)
                (specificForce, angularRate) = Turning(up[face], up[face + 1], (intoFace - procedure.HoldS) / procedure.TurnS,
                    procedure.TurnS, procedure.HandlingAccelerationG);
            chip.Step(t, specificForce, angularRate);
            if (!chip.TryTakeSample(out ChipSample sample)) continue;
            calibrator.Update((long)Math.Round(sample.TimeS * 1e6), sample.ToImuSample());
            samples++;
        }

        var result = calibrator.Result == SixPositionCalibrationResult.Collecting ? calibrator.Solve() : calibrator.Result;
        var calibration = result == SixPositionCalibrationResult.Complete ? calibrator.Calibration : AccelerometerCalibration.Identity;
        return new SimulatedCalibrationOutcome(result, calibration, tiltDeg, samples);
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
