using WinkSensor.Simulation.Numerics;
using WinkSensor.Simulation.Recording;
using WinkSensor.Simulation.Script;
using WinkSensor.Simulation.Sensors;

namespace WinkSensor.Host.Tests.Simulation;

public class StillSensorTests
{
    private static List<SimulatedSample> Calibration(RecordingSimulator simulator) =>
        simulator.Samples().Where(s => s.TimeS < simulator.Settings.CalibrationS).ToList();

    private static Vector3d Accel(in SimulatedSample s, bool sacrum) =>
        new((sacrum ? s.Sacrum : s.Thoracolumbar).Acceleration.X, (sacrum ? s.Sacrum : s.Thoracolumbar).Acceleration.Y,
            (sacrum ? s.Sacrum : s.Thoracolumbar).Acceleration.Z);

    private static Vector3d Rate(in SimulatedSample s, bool sacrum) =>
        new((sacrum ? s.Sacrum : s.Thoracolumbar).AngularRate.X, (sacrum ? s.Sacrum : s.Thoracolumbar).AngularRate.Y,
            (sacrum ? s.Sacrum : s.Thoracolumbar).AngularRate.Z);

    [Fact]
    public void A_perfect_sensor_held_still_reads_1_g_along_the_truth_up_vector_and_zero_rate()
    {
        var simulator = SimulationFixtures.Squats(errors: SensorErrorSettings.Ideal, swayScale: 0);
        var still = Calibration(simulator);
        Assert.True(still.Count > 250);
        foreach (var s in still)
        {
            Assert.True((Accel(s, true) - s.Truth.SacrumUp).Length < 1e-4, $"sacrum accel {Accel(s, true)} vs up {s.Truth.SacrumUp}");
            Assert.True((Accel(s, false) - s.Truth.ThoracolumbarUp).Length < 1e-4);
            Assert.True(Rate(s, true).Length < 1e-3 && Rate(s, false).Length < 1e-3);
        }
    }

    [Fact]
    public void Standing_with_normal_sway_the_accelerometer_stays_within_a_degree_of_the_truth_up_vector()
    {
        var simulator = SimulationFixtures.Squats(errors: SensorErrorSettings.Ideal);
        foreach (var s in Calibration(simulator))
        {
            double angleDeg = Math.Acos(Math.Clamp(Vector3d.Dot(Accel(s, true).Normalized(), s.Truth.SacrumUp), -1, 1)) * 180 / Math.PI;
            Assert.True(angleDeg < 1, $"accelerometer {angleDeg:F2}° away from truth up at {s.TimeS:F2} s");
            Assert.True(Rate(s, true).Length < 5, "standing sway turns the pelvis by a few deg/s at most");
        }
    }

    [Fact]
    public void A_datasheet_sensor_held_still_reads_its_offsets_scale_errors_and_noise_around_1_g()
    {
        var simulator = SimulationFixtures.Squats(seed: 21);
        var still = Calibration(simulator);
        ChipErrors errors = simulator.ChipErrorsOf(SensorSite.Sacrum);
        Vector3d meanAccel = Mean(still.Select(s => Accel(s, true)));
        Vector3d meanUp = Mean(still.Select(s => s.Truth.SacrumUp));
        Vector3d expected = errors.AccelSensitivity * meanUp + errors.AccelOffsetG;
        Assert.True((meanAccel - expected).Length < 0.005, $"mean accel {meanAccel} vs sensitivity·up + offset {expected}");
        Assert.InRange(meanAccel.Length, 0.8, 1.2);

        Vector3d meanRate = Mean(still.Select(s => Rate(s, true)));
        Assert.True((meanRate - errors.GyroOffsetDps).Length < 1.5, $"mean rate {meanRate} vs zero-rate offset {errors.GyroOffsetDps}");
        double rateNoise = Math.Sqrt(still.Select(s => Math.Pow(Rate(s, true).X - meanRate.X, 2)).Average());
        Assert.InRange(rateNoise, 0.02, 1.5);
    }

    [Fact]
    public void The_gyro_offset_override_sets_every_axis_of_both_chips_at_power_up()
    {
        var simulator = new RecordingSimulator(new WinkSensor.Simulation.Athletes.SimulatedAthlete(), SessionScript.Of(new StandStill(1)),
            new SimulationSettings { SensorErrors = SensorErrorSettings.Datasheet with { GyroOffsetOverrideDps = 20 } });
        foreach (bool sacrum in new[] { true, false })
        {
            Vector3d meanRate = Mean(Calibration(simulator).Select(s => Rate(s, sacrum)));
            Assert.True(Math.Abs(meanRate.X - 20) < 2 && Math.Abs(meanRate.Y - 20) < 2 && Math.Abs(meanRate.Z - 20) < 2, $"{meanRate}");
        }
    }

    private static Vector3d Mean(IEnumerable<Vector3d> values)
    {
        var list = values.ToList();
        return list.Aggregate(Vector3d.Zero, (a, b) => a + b) / list.Count;
    }
}
