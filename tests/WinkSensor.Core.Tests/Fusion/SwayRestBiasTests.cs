using WinkSensor.Core.Fusion;
using WinkSensor.Core.Numerics;

namespace WinkSensor.Core.Tests.Fusion;

/// <summary>
/// A standing wearer sways: at rest the gyro bias is the mean angular rate less the turn the accelerometer saw, so the
/// sway's net turn over a still period does not end up in the bias (GravityTurn, RestDetector.StillBiasDegreesPerSecond).
/// </summary>
public class SwayRestBiasTests
{
    private const double Period = 0.01;
    private static readonly (double X, double Y, double Z) Bias = (1.5, -1.0, 0.5);

    /// <summary>Sways about the sensor's x axis by 0.5 deg at 0.3 Hz (below the rest thresholds) for seconds.</summary>
    private static InclinationFilter StandSwaying(double seconds, ImuSimulator imu)
    {
        var filter = new InclinationFilter(new FusionSettings());
        imu.SetTilt(0, 1, 0, 20);
        for (int i = 0; i < seconds / Period; i++)
        {
            double t = i * Period;
            double rate = 0.5 * 2 * Math.PI * 0.3 * Math.Cos(2 * Math.PI * 0.3 * t);
            filter.Update(imu.Step(rate, 0, 0, Period), (float)Period);
        }
        return filter;
    }

    [Theory]
    [InlineData(3.0)]
    [InlineData(12.0)]
    public void Standing_sway_does_not_end_up_in_the_gyro_bias_at_rest(double seconds)
    {
        var imu = new ImuSimulator(seed: 3) { GyroBiasDegreesPerSecond = Bias };
        var filter = StandSwaying(seconds, imu);
        Assert.True(filter.IsCalibratedAtRest);
        Vector3 bias = filter.GyroBiasDegreesPerSecond;
        // The sway turns the sensor by up to 0.5 deg about x; with the plain mean the bias ended 0.05 (3 s) and 0.14 (12 s) deg/s off.
        Assert.InRange(bias.X, Bias.X - 0.04, Bias.X + 0.04);
        Assert.InRange(bias.Y, Bias.Y - 0.04, Bias.Y + 0.04);
    }

    [Fact]
    public void The_turn_seen_by_gravity_is_the_horizontal_part_of_the_rotation()
    {
        // Up (0, 0, 1) turned by 1 deg about +x in 2 s reads (0, sin 1 deg, cos 1 deg): du/dt = u x w with w = +x.
        double a = Math.PI / 180;
        Vector3 rate = GravityTurn.MeanRateDegreesPerSecond(new Vector3(0f, 0f, 1f),
            new Vector3(0f, (float)Math.Sin(a), (float)Math.Cos(a)), 2f);
        Assert.InRange(rate.X, 0.499, 0.501);
        Assert.InRange(rate.Y, -1e-4, 1e-4);
        Assert.InRange(rate.Z, -1e-4, 1e-4);
    }
}
