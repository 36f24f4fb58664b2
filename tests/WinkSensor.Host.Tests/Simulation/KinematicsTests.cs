using WinkSensor.Simulation.Numerics;
using WinkSensor.Simulation.Recording;
using WinkSensor.Simulation.Script;
using WinkSensor.Simulation.Sensors;

namespace WinkSensor.Host.Tests.Simulation;

public class KinematicsTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Differentiating_the_truth_orientation_matches_the_gyro_when_sensor_errors_are_off(bool softTissue)
    {
        var samples = SimulationFixtures.Squats(errors: SensorErrorSettings.Ideal, repDurationS: 1.4,
            softTissue: softTissue ? new SoftTissueSettings() : SoftTissueSettings.Off).Samples().ToList();
        Vector3d TruthRate(int n, bool sacrum)
        {
            Rotation Orientation(int i) => sacrum ? samples[i].Truth.SacrumOrientation : samples[i].Truth.ThoracolumbarOrientation;
            Vector3d world = (Orientation(n + 1) * Orientation(n - 1).Transpose()).ToRotationVector()
                             / (samples[n + 1].TimeS - samples[n - 1].TimeS);
            return Orientation(n).Transpose() * world * (180 / Math.PI);
        }

        double errorSquares = 0, rateSquares = 0;
        int count = 0;
        for (int n = 2; n < samples.Count - 1; n++)
        {
            // The sacrum sample is at the row time; the thoracolumbar chip's latest sample is a little older, so its
            // truth rate is interpolated back to that chip's own sample time.
            Vector3d sacrumExpected = TruthRate(n, true);
            double back = (samples[n].TimeS - samples[n].ThoracolumbarTimeS) / (samples[n].TimeS - samples[n - 1].TimeS);
            Vector3d thoracolumbarExpected = Vector3d.Lerp(TruthRate(n, false), TruthRate(n - 1, false), back);
            foreach (var (expected, gyro) in new[]
                     {
                         (sacrumExpected, samples[n].Sacrum.AngularRate),
                         (thoracolumbarExpected, samples[n].Thoracolumbar.AngularRate),
                     })
            {
                errorSquares += Math.Pow((new Vector3d(gyro.X, gyro.Y, gyro.Z) - expected).Length, 2);
                rateSquares += Math.Pow(expected.Length, 2);
                count++;
            }
        }
        double rmsError = Math.Sqrt(errorSquares / count), rmsRate = Math.Sqrt(rateSquares / count);
        Assert.True(rmsRate > 10, $"the reps turn the segments (rms {rmsRate:F1} deg/s)");
        Assert.True(rmsError < 0.01 * rmsRate, $"rms gyro error {rmsError:F3} deg/s vs rms rate {rmsRate:F1} deg/s");
    }

    [Fact]
    public void Fast_reps_add_lever_arm_acceleration_that_standing_still_does_not()
    {
        var samples = SimulationFixtures.Squats(errors: SensorErrorSettings.Ideal, repDurationS: 1.2, swayScale: 0).Samples().ToList();
        double Movement(SimulatedSample s) =>
            (new Vector3d(s.Sacrum.Acceleration.X, s.Sacrum.Acceleration.Y, s.Sacrum.Acceleration.Z) - s.Truth.SacrumUp).Length;
        double duringReps = samples.Where(s => s.Truth.Rep > 0).Max(Movement);
        double standing = samples.Where(s => s.TimeS < 3).Max(Movement);
        Assert.True(duringReps > 0.25, $"peak movement acceleration in 1.2 s reps {duringReps:F3} g");
        Assert.True(standing < 0.005, $"movement acceleration standing still {standing:F4} g");
    }

    [Fact]
    public void Flexion_truth_is_positive_when_the_thoracolumbar_sensor_tilts_forward_more_than_the_sacrum()
    {
        var simulator = SimulationFixtures.Activity(new StoopPickUp(2), errors: SensorErrorSettings.Ideal, mount: MountRotationKind.None);
        var samples = simulator.Samples().ToList();
        // With the nominal mount the sensor x axis runs up the spine and z out of the skin, so atan2(up_z, up_x) is the
        // segment's forward tilt plus the skin slope; differences from standing give each segment's sagittal angle.
        double Tilt(Vector3d up) => Math.Atan2(up.Z, up.X) * 180 / Math.PI;
        var calibration = samples.Where(s => s.TimeS < 3).ToList();
        double sacrumZero = calibration.Average(s => Tilt(s.Truth.SacrumUp));
        double thoracolumbarZero = calibration.Average(s => Tilt(s.Truth.ThoracolumbarUp));
        double peak = samples.Max(s => s.Truth.FlexionDeg);
        Assert.True(peak > 25, $"stooping rounds the lumbar spine: peak truth flexion {peak:F1}°");
        foreach (var s in samples)
        {
            double fromSensors = (Tilt(s.Truth.ThoracolumbarUp) - thoracolumbarZero) - (Tilt(s.Truth.SacrumUp) - sacrumZero);
            Assert.True(Math.Abs(fromSensors - s.Truth.FlexionDeg) < 2.5,
                $"at {s.TimeS:F2} s sensor tilt difference {fromSensors:F2}° vs truth flexion {s.Truth.FlexionDeg:F2}°");
        }
    }

    [Fact]
    public void The_two_chips_run_on_different_clocks_within_one_percent()
    {
        var simulator = SimulationFixtures.Squats(seed: 3);
        double sacrum = simulator.ChipErrorsOf(SensorSite.Sacrum).ClockError;
        double thoracolumbar = simulator.ChipErrorsOf(SensorSite.Thoracolumbar).ClockError;
        Assert.NotEqual(sacrum, thoracolumbar);
        Assert.InRange(sacrum, -0.01, 0.01);
        Assert.InRange(thoracolumbar, -0.01, 0.01);
    }
}
