using WinkSensor.Core.Calibration;
using WinkSensor.Simulation.Athletes;
using WinkSensor.Simulation.Calibration;
using WinkSensor.Simulation.Cohort;
using WinkSensor.Simulation.Numerics;
using WinkSensor.Simulation.Sensors;
using Xunit.Abstractions;

namespace WinkSensor.Core.Tests.Calibration;

public class SimulatedSixPositionCalibrationTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void The_procedure_on_a_datasheet_chip_recovers_its_zero_g_offsets_within_3_mg_and_scales_within_half_a_percent(long seed)
    {
        var settings = SensorErrorSettings.Datasheet;
        var errors = ChipErrors.Draw(settings, SimulationRandom.Derive(seed, "chip"));
        var outcome = SimulatedSixPositionCalibration.Run(errors, settings, SimulationRandom.Derive(seed, "procedure"));

        Assert.Equal(SixPositionCalibrationResult.Complete, outcome.Result);
        var offset = outcome.Calibration.OffsetG;
        var scale = outcome.Calibration.Scale;
        var truth = errors.AccelOffsetG;
        var sensitivity = errors.AccelSensitivity;
        output.WriteLine($"table {outcome.TableTiltDeg:F2} deg; offset error mg {1000 * (offset.X - truth.X):F2} {1000 * (offset.Y - truth.Y):F2} "
            + $"{1000 * (offset.Z - truth.Z):F2} (drawn {1000 * truth.X:F1} {1000 * truth.Y:F1} {1000 * truth.Z:F1}); scale error % "
            + $"{100 * (scale.X / sensitivity.M11 - 1):F3} {100 * (scale.Y / sensitivity.M22 - 1):F3} {100 * (scale.Z / sensitivity.M33 - 1):F3}");
        Assert.InRange(offset.X - truth.X, -0.003, 0.003);
        Assert.InRange(offset.Y - truth.Y, -0.003, 0.003);
        Assert.InRange(offset.Z - truth.Z, -0.003, 0.003);
        Assert.InRange(scale.X / sensitivity.M11, 0.995, 1.005);
        Assert.InRange(scale.Y / sensitivity.M22, 0.995, 1.005);
        Assert.InRange(scale.Z / sensitivity.M33, 0.995, 1.005);
    }

    [Fact]
    public void A_session_is_calibrated_with_the_chips_its_samples_come_from()
    {
        var member = CohortBuilder.Build(5, new CohortOptions { Athletes = 1 })[0];
        var simulator = member.CreateSimulator();
        var (sacrum, thoracolumbar) = SimulatedSixPositionCalibration.ForSession(simulator);

        Assert.Equal(SixPositionCalibrationResult.Complete, sacrum.Result);
        Assert.Equal(SixPositionCalibrationResult.Complete, thoracolumbar.Result);
        Assert.InRange(sacrum.Calibration.OffsetG.Z - simulator.ChipErrorsOf(SensorSite.Sacrum).AccelOffsetG.Z, -0.003, 0.003);
        Assert.InRange(thoracolumbar.Calibration.OffsetG.Z - simulator.ChipErrorsOf(SensorSite.Thoracolumbar).AccelOffsetG.Z, -0.003, 0.003);
    }

    [Fact]
    public void Every_chip_of_a_20_athlete_cohort_calibrates_and_its_offsets_come_out_within_3_mg()
    {
        double worstMilliG = 0;
        foreach (var member in CohortBuilder.Build(1, new CohortOptions { Athletes = 20 }))
        {
            var simulator = member.CreateSimulator();
            var (sacrum, thoracolumbar) = SimulatedSixPositionCalibration.ForSession(simulator);
            foreach (var (site, outcome) in new[] { (SensorSite.Sacrum, sacrum), (SensorSite.Thoracolumbar, thoracolumbar) })
            {
                Assert.Equal(SixPositionCalibrationResult.Complete, outcome.Result);
                var truth = simulator.ChipErrorsOf(site).AccelOffsetG;
                var offset = outcome.Calibration.OffsetG;
                worstMilliG = new[] { worstMilliG, 1000 * Math.Abs(offset.X - truth.X), 1000 * Math.Abs(offset.Y - truth.Y),
                    1000 * Math.Abs(offset.Z - truth.Z) }.Max();
            }
        }
        output.WriteLine($"largest offset error over 40 chips: {worstMilliG:F2} mg");
        Assert.InRange(worstMilliG, 0, 3);
    }

    [Fact]
    public void Faces_held_for_only_one_second_leave_the_calibration_incomplete_and_identity()
    {
        var settings = SensorErrorSettings.Datasheet;
        var errors = ChipErrors.Draw(settings, SimulationRandom.Derive(9, "chip"));
        var outcome = SimulatedSixPositionCalibration.Run(errors, settings, SimulationRandom.Derive(9, "procedure"),
            procedure: new SixPositionProcedureSettings { HoldS = 1 });
        Assert.Equal(SixPositionCalibrationResult.MissingFace, outcome.Result);
        Assert.True(outcome.Calibration.IsIdentity);
    }
}
