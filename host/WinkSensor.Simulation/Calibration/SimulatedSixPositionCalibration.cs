using WinkSensor.Core.Calibration;
using WinkSensor.Simulation.Numerics;
using WinkSensor.Simulation.Recording;
using WinkSensor.Simulation.Sensors;

namespace WinkSensor.Simulation.Calibration;

/// <summary>
/// A simulated user performs the six-position accelerometer calibration with simulated MPU-6050s (their drawn errors,
/// noise, low-pass and quantisation; see <see cref="SixPositionHandling"/> for the handling). Two ways:
/// <see cref="SessionSamples"/> is the procedure with BOTH chips of a session as a sample stream for the device
/// runtime or the virtual wearable (both boards handled together, each on its own spot of the table);
/// <see cref="Run"/> and <see cref="ForSession"/> feed one chip's samples straight to the core SixPositionCalibrator.
/// Each chip gets the same draws both ways (random derived from the session seed and its site).
/// </summary>
public static class SimulatedSixPositionCalibration
{
    /// <summary>Calibrates both chips of a recording simulator's session (the same chip errors its samples carry).</summary>
    public static (SimulatedCalibrationOutcome Sacrum, SimulatedCalibrationOutcome Thoracolumbar) ForSession(
        RecordingSimulator simulator, SixPositionProcedureSettings? procedure = null)
    {
        var settings = simulator.Settings;
        SimulatedCalibrationOutcome Calibrate(SensorSite site) => Run(simulator.ChipErrorsOf(site), settings.SensorErrors,
            RandomFor(settings.Seed, site), settings.InternalRateHz, procedure);
        return (Calibrate(SensorSite.Sacrum), Calibrate(SensorSite.Thoracolumbar));
    }

    /// <summary>Runs the procedure with one chip; random draws (table, headings, noise) come from <paramref name="random"/>.</summary>
    public static SimulatedCalibrationOutcome Run(ChipErrors errors, SensorErrorSettings sensorErrors, SimulationRandom random,
        double internalRateHz = 1000, SixPositionProcedureSettings? procedure = null)
    {
        procedure ??= new SixPositionProcedureSettings();
        var chip = new SimulatedImuChip(errors, sensorErrors, random.Derive("noise"), internalRateHz);
        var handling = new SixPositionHandling(random, procedure);
        var calibrator = new SixPositionCalibrator(new SixPositionCalibrationSettings());

        double step = 1 / internalRateHz;
        int samples = 0;
        for (long tick = 0; tick * step <= handling.DurationS; tick++)
        {
            double t = tick * step;
            var (specificForce, angularRate) = handling.At(t);
            chip.Step(t, specificForce, angularRate);
            if (!chip.TryTakeSample(out ChipSample sample)) continue;
            calibrator.Update((long)Math.Round(sample.TimeS * 1e6), sample.ToImuSample());
            samples++;
        }

        var result = calibrator.Result == SixPositionCalibrationResult.Collecting ? calibrator.Solve() : calibrator.Result;
        var calibration = result == SixPositionCalibrationResult.Complete ? calibrator.Calibration : AccelerometerCalibration.Identity;
        return new SimulatedCalibrationOutcome(result, calibration, handling.TableTiltDeg, samples);
    }

    /// <summary>
    /// The procedure with both chips of the session, as the wearable's sample stream: one item per sacrum FIFO sample
    /// with the thoracolumbar chip's latest (as <see cref="RecordingSimulator.Samples"/> pairs them), times from
    /// <paramref name="startTimeS"/> on. Truth is empty. Feed it to DeviceRuntime.ProcessSample (or
    /// VirtualWearable.Step) after BeginAccelerometerCalibration (or command 10). Without a thoracolumbar sensor in the
    /// session the samples carry the sacrum alone (and the device procedure then times out).
    /// </summary>
    public static IEnumerable<SimulatedSample> SessionSamples(RecordingSimulator simulator, double startTimeS = 0,
        SixPositionProcedureSettings? procedure = null)
    {
        procedure ??= new SixPositionProcedureSettings();
        var settings = simulator.Settings;
        var chips = new SimulatedImuChip[2];
        var handling = new SixPositionHandling[2];
        for (int site = 0; site < 2; site++)
        {
            var random = RandomFor(settings.Seed, (SensorSite)site);
            chips[site] = new SimulatedImuChip(simulator.ChipErrorsOf((SensorSite)site), settings.SensorErrors, random.Derive("noise"),
                settings.InternalRateHz);
            handling[site] = new SixPositionHandling(random, procedure);
        }

        bool thoracolumbarWorn = settings.ThoracolumbarSensorPresent;
        double step = 1 / settings.InternalRateHz;
        ChipSample latestThoracolumbar = default;
        bool haveThoracolumbar = false;
        int newThoracolumbarFrames = 0;
        for (long tick = 0; tick * step <= handling[0].DurationS; tick++)
        {
            double t = tick * step;
            for (int site = 0; site < 2; site++)
            {
                var (specificForce, angularRate) = handling[site].At(t);
                chips[site].Step(t, specificForce, angularRate);
            }
            bool sacrumReady = chips[0].TryTakeSample(out ChipSample sacrum);
            if (chips[1].TryTakeSample(out ChipSample thoracolumbar))
            {
                latestThoracolumbar = thoracolumbar;
                haveThoracolumbar = true;
                newThoracolumbarFrames++;
            }
            if (!sacrumReady || (thoracolumbarWorn && !haveThoracolumbar)) continue;
            yield return new SimulatedSample
            {
                TimeS = startTimeS + sacrum.TimeS,
                Sacrum = sacrum.ToImuSample(),
                SacrumFrame = sacrum.Frame,
                ThoracolumbarPresent = thoracolumbarWorn,
                Thoracolumbar = thoracolumbarWorn ? latestThoracolumbar.ToImuSample() : default,
                ThoracolumbarFrame = thoracolumbarWorn ? latestThoracolumbar.Frame : default,
                ThoracolumbarTimeS = thoracolumbarWorn ? startTimeS + latestThoracolumbar.TimeS : double.NaN,
                ThoracolumbarNewFrames = thoracolumbarWorn ? newThoracolumbarFrames : 0,
            };
            newThoracolumbarFrames = 0;
        }
    }

    /// <summary>Length of the simulated procedure, s (lead-in included).</summary>
    public static double DurationS(SixPositionProcedureSettings? procedure = null)
    {
        procedure ??= new SixPositionProcedureSettings();
        return procedure.LeadInS + 6 * (procedure.HoldS + procedure.TurnS);
    }

    private static SimulationRandom RandomFor(long seed, SensorSite site) =>
        SimulationRandom.Derive(seed, "six-position calibration/" + site);
}
