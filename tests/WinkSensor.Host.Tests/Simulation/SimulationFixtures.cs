using WinkSensor.Simulation.Athletes;
using WinkSensor.Simulation.Recording;
using WinkSensor.Simulation.Scenarios;
using WinkSensor.Simulation.Script;
using WinkSensor.Simulation.Sensors;

namespace WinkSensor.Host.Tests.Simulation;

/// <summary>Small recordings the simulation tests share.</summary>
internal static class SimulationFixtures
{
    public static RecordingSimulator Squats(
        long seed = 7,
        WinkMode wink = WinkMode.On,
        int reps = 3,
        double? repDurationS = null,
        SensorErrorSettings? errors = null,
        MountRotationKind mount = MountRotationKind.Random,
        SoftTissueSettings? softTissue = null,
        double swayScale = 1)
    {
        var (athlete, script) = new QuickScenario { Reps = reps, Wink = wink, RepDurationS = repDurationS }.Build(seed);
        return new RecordingSimulator(athlete, script, new SimulationSettings
        {
            Seed = seed,
            SensorErrors = errors ?? SensorErrorSettings.Datasheet,
            MountRotation = mount,
            SoftTissue = softTissue ?? new SoftTissueSettings(),
            SwayScale = swayScale,
        });
    }

    public static RecordingSimulator Activity(SessionItem item, long seed = 11, SensorErrorSettings? errors = null,
        MountRotationKind mount = MountRotationKind.Random) =>
        new(new SimulatedAthlete(), SessionScript.Of(item),
            new SimulationSettings { Seed = seed, SensorErrors = errors ?? SensorErrorSettings.Datasheet, MountRotation = mount });

    public static string Csv(RecordingSimulator simulator)
    {
        var writer = new StringWriter();
        WinkSensor.Simulation.Output.ReplayCsvWriter.Write(writer, simulator.Samples(), simulator.Settings.ThoracolumbarSensorPresent);
        return writer.ToString();
    }
}
