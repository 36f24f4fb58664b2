using WinkSensor.Core.Fusion;
using WinkSensor.Core.Numerics;
using Xunit.Abstractions;

namespace WinkSensor.Core.Tests.Fusion;

/// <summary>
/// The filter runs its correction, rest detection and bias estimation once a block to save float operations; these
/// tests check that this costs no accuracy a wearer would notice against running them every sample (VQF's scheme).
/// </summary>
public class CorrectionBlockTests(ITestOutputHelper output)
{
    private const float Period = 0.01f;

    [Fact]
    public void Blocked_filter_follows_the_every_sample_filter_within_0_1_deg_through_squats()
    {
        var everySample = new InclinationFilter(new FusionSettings { CorrectionPeriodSeconds = 0f, GyroBiasPeriodSeconds = 0f });
        var blocked = new InclinationFilter(new FusionSettings());
        var imu = new ImuSimulator(seed: 5) { GyroBiasDegreesPerSecond = (3, -2, 4) };
        double omega = 2 * Math.PI / 2.0;
        float worstApart = 0f, worstBlockedError = 0f;
        for (int i = 0; i < 4000; i++)
        {
            double t = i * Period;
            bool squatting = t > 3 && t < 33;
            double phase = omega * (t - 3);
            var sample = squatting
                ? imu.Step(0, 20 * omega * Math.Sin(phase), 0, Period, -0.06 * omega * omega * Math.Cos(phase) / 9.81, 0,
                    -0.2 * omega * omega * Math.Cos(phase) / 9.81)
                : imu.Step(0, 0, 0, Period);
            everySample.Update(sample, Period);
            blocked.Update(sample, Period);
            if (t < 3) continue;
            worstApart = Math.Max(worstApart, Vector3.AngleDegrees(everySample.Up, blocked.Up));
            worstBlockedError = Math.Max(worstBlockedError, Vector3.AngleDegrees(blocked.Up, imu.TrueUp));
        }
        output.WriteLine($"blocked vs every sample: {worstApart:F3} deg; blocked vs truth: {worstBlockedError:F3} deg");
        Assert.True(worstApart < 0.1f, $"the blocked filter drifted {worstApart:F3} deg from the every-sample filter");
        Assert.True(worstBlockedError < 0.5f, $"the blocked filter erred by {worstBlockedError:F3} deg");
    }

    [Fact]
    public void The_inclination_moves_every_sample_between_corrections()
    {
        // A 45 deg/s pitch: between two corrections (every 5th sample) the output must still follow the gyro.
        var filter = new InclinationFilter(new FusionSettings());
        var imu = new ImuSimulator(seed: 2) { GyroNoiseDegreesPerSecond = 0, AccelerometerNoiseG = 0 };
        for (int i = 0; i < 300; i++) filter.Update(imu.Step(0, 0, 0, Period), Period);
        Vector3 previous = filter.Up;
        for (int i = 0; i < 10; i++)
        {
            filter.Update(imu.Step(0, 45, 0, Period), Period);
            float moved = Vector3.AngleDegrees(previous, filter.Up);
            Assert.InRange(moved, 0.4f, 0.5f);
            previous = filter.Up;
        }
    }
}
