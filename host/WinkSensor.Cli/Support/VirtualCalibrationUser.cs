using WinkSensor.Simulation.Calibration;
using WinkSensor.Simulation.Recording;
using WinkSensor.Simulation.VirtualWearable;

namespace WinkSensor.Cli.Support;

/// <summary>
/// The simulated user of `calibrate --simulate`: the boards lie still on the table (on the first face) until the
/// virtual wearable enters its calibration mode, then the simulated six-position procedure follows (each board rests
/// on each face for 3 s, with a quarter turn by hand between; SimulatedSixPositionCalibration), then the boards lie
/// still again while the host collects the result.
/// </summary>
public static class VirtualCalibrationUser
{
    /// <summary>Longest the boards lie waiting before and after the procedure, s of device time.</summary>
    private const double LongestRestS = 60;

    public static IEnumerable<SimulatedSample> Samples(VirtualWearable wearable, RecordingSimulator simulator)
    {
        var procedure = SimulatedSixPositionCalibration.SessionSamples(simulator).ToList();
        double step = procedure[1].TimeS - procedure[0].TimeS;
        double time = 0;
        for (; !wearable.Runtime.IsCalibratingAccelerometers && time < LongestRestS; time += step)
            yield return At(procedure[0], time);
        double start = time;
        foreach (var sample in procedure) yield return At(sample, start + sample.TimeS);
        double end = start + procedure[^1].TimeS;
        for (time = end + step; time < end + LongestRestS; time += step) yield return At(procedure[^1], time);
    }

    private static SimulatedSample At(SimulatedSample sample, double timeS) => new()
    {
        TimeS = timeS,
        Sacrum = sample.Sacrum,
        SacrumFrame = sample.SacrumFrame,
        ThoracolumbarPresent = sample.ThoracolumbarPresent,
        Thoracolumbar = sample.Thoracolumbar,
        ThoracolumbarFrame = sample.ThoracolumbarFrame,
        ThoracolumbarTimeS = timeS - (sample.TimeS - sample.ThoracolumbarTimeS),
        ThoracolumbarNewFrames = sample.ThoracolumbarNewFrames,
    };
}
