using WinkSensor.Core.Fusion;
using WinkSensor.Core.Numerics;
using WinkSensor.Core.Sensors;
using Xunit.Abstractions;

namespace WinkSensor.Core.Tests.Fusion;

/// <summary>Behaviour of the inclination filter on synthetic motion with known truth (MPU-6050 noise levels).</summary>
public class InclinationFilterTests(ITestOutputHelper output)
{
    private const float Period = 0.01f;

    private static InclinationFilter StandStill(ImuSimulator imu, float seconds, float period = Period)
    {
        var filter = new InclinationFilter(new FusionSettings());
        Run(filter, imu, seconds, period, (t) => imu.Step(0, 0, 0, period));
        return filter;
    }

    private static float Run(InclinationFilter filter, ImuSimulator imu, float seconds, float period, Func<double, ImuSample> next)
    {
        float worst = 0f;
        int count = (int)Math.Round(seconds / period);
        for (int i = 0; i < count; i++)
        {
            filter.Update(next(i * period), period);
            worst = Math.Max(worst, Vector3.AngleDegrees(filter.Up, imu.TrueUp));
        }
        return worst;
    }

    [Fact]
    public void Still_tilted_sensor_with_20_deg_per_s_bias_converges_to_the_true_up_within_0_2_deg_after_a_2_s_stand()
    {
        var imu = new ImuSimulator { GyroBiasDegreesPerSecond = (20, -20, 15) };
        imu.SetTilt(1, -0.5, 0.3, 35);
        var filter = StandStill(imu, 2f);
        float error = Vector3.AngleDegrees(filter.Up, imu.TrueUp);
        output.WriteLine($"error after 2 s: {error:F3} deg, calibrated {filter.IsCalibratedAtRest}");
        Assert.True(filter.IsInitialised);
        Assert.True(filter.IsAtRest);
        Assert.True(filter.IsCalibratedAtRest);
        Assert.True(error < 0.2f, $"inclination error {error:F3} deg after a 2 s stand");
        // and it stays there
        float worst = Run(filter, imu, 20f, Period, _ => imu.Step(0, 0, 0, Period));
        output.WriteLine($"worst over the next 20 s: {worst:F3} deg");
        Assert.True(worst < 0.2f, $"inclination error reached {worst:F3} deg while still");
    }

    [Fact]
    public void A_20_deg_per_s_gyro_offset_is_estimated_within_0_05_deg_per_s_after_2_s_at_rest()
    {
        var imu = new ImuSimulator(seed: 7) { GyroBiasDegreesPerSecond = (20, -20, 20) };
        imu.SetTilt(0, 1, 0, 10);
        var filter = StandStill(imu, 2f);
        var bias = filter.GyroBiasDegreesPerSecond;
        float error = (bias - new Vector3(20f, -20f, 20f)).Length;
        output.WriteLine($"bias {bias}, error {error:F4} deg/s");
        Assert.True(error < 0.05f, $"bias estimate {bias} is {error:F4} deg/s off");
        Assert.True((filter.CorrectedAngularRateDegreesPerSecond).Length < 0.5f);
    }

    [Fact]
    public void Before_the_rest_time_has_passed_the_bias_is_not_yet_estimated()
    {
        // The rest detector needs 1.5 s of stillness: the estimate must not come from nowhere.
        var imu = new ImuSimulator { GyroBiasDegreesPerSecond = (20, 0, 0) };
        var filter = StandStill(imu, 1.0f);
        Assert.False(filter.IsCalibratedAtRest);
        Assert.True(filter.GyroBiasDegreesPerSecond.X < 1f);
    }

    [Theory]
    [InlineData(0.005f)]
    [InlineData(0.01f)]
    [InlineData(0.02f)]
    public void Rotation_about_a_known_axis_tracks_the_true_tilt_within_0_5_deg(float period)
    {
        var imu = new ImuSimulator(seed: 3) { GyroBiasDegreesPerSecond = (-12, 8, 5) };
        var filter = StandStill(imu, 3f, period);
        // 90 deg/s about a skewed sensor axis for 1 s, 1 s still, then back.
        double ax = 0.8, ay = 0.6, az = 0;
        float worst = Run(filter, imu, 1f, period, _ => imu.Step(90 * ax, 90 * ay, 90 * az, period));
        float tilted = Vector3.AngleDegrees(filter.Up, new Vector3(0f, 0f, 1f));
        worst = Math.Max(worst, Run(filter, imu, 1f, period, _ => imu.Step(0, 0, 0, period)));
        worst = Math.Max(worst, Run(filter, imu, 1f, period, _ => imu.Step(-90 * ax, -90 * ay, -90 * az, period)));
        output.WriteLine($"period {period}: tilt reached {tilted:F2} deg, worst error {worst:F3} deg");
        Assert.InRange(tilted, 89f, 91f);
        Assert.True(worst < 0.5f, $"worst inclination error {worst:F3} deg during the rotation");
    }

    [Theory]
    [InlineData(90.0)]
    [InlineData(180.0)]
    public void Constant_half_g_centripetal_acceleration_on_a_turntable_stays_out_of_the_tilt(double turnRateDegreesPerSecond)
    {
        // Sensor level on a turntable, x pointing outwards, 0.5 g centripetal for 30 s: an accelerometer-only tilt
        // would be off by atan(0.5) = 26.6 deg. In the gyro frame the centripetal acceleration turns once a revolution
        // and averages out; the slower the turn, the longer the low-pass has to average it.
        var imu = new ImuSimulator(seed: 5) { GyroBiasDegreesPerSecond = (3, -3, 2) };
        var filter = StandStill(imu, 3f);
        float worst = Run(filter, imu, 30f, Period, _ =>
        {
            var outwards = imu.SensorToEarth(1, 0, 0);
            return imu.Step(0, 0, turnRateDegreesPerSecond, Period, -0.5 * outwards.X, -0.5 * outwards.Y, 0);
        });
        float bound = turnRateDegreesPerSecond < 120 ? TurntableBoundSlowDegrees : TurntableBoundFastDegrees;
        output.WriteLine($"worst error on the turntable at {turnRateDegreesPerSecond} deg/s: {worst:F3} deg (bound {bound})");
        Assert.True(worst < bound, $"inclination error reached {worst:F3} deg");
    }

    // Measured 6.0 and 2.3 deg (seed 5); the bounds leave a little room for other noise draws.
    private const float TurntableBoundSlowDegrees = 7f;
    private const float TurntableBoundFastDegrees = 3f;

    [Fact]
    public void Squat_accelerations_up_to_half_a_g_drag_the_tilt_by_less_than_0_5_deg()
    {
        // 4 sets of 5 squats of 2 s after a 2 s calibration stand, 3 s stand between sets. The sacrum moves 0.12 m
        // back and 0.3 m down and up with a bounce at the bottom (peak 0.5 g), pitching 30 deg forward and back.
        var imu = new ImuSimulator(seed: 11) { GyroBiasDegreesPerSecond = (-15, 10, 18) };
        var filter = StandStill(imu, 2f);
        const double repSeconds = 2.0;
        double omega = 2 * Math.PI / repSeconds;
        const double g = 9.81;
        float worst = 0f;
        for (int set = 0; set < 4; set++)
        {
            worst = Math.Max(worst, Run(filter, imu, 5 * (float)repSeconds, Period, t =>
            {
                double phase = omega * t;
                // displacements x = −0.06 (1 − cos), z = −0.15 (1 − cos) − 0.02 (1 − cos 3φ) ... as accelerations in g
                double back = -0.06 * omega * omega * Math.Cos(phase) / g;
                double down = (-0.15 * omega * omega * Math.Cos(phase) - 0.02 * 9 * omega * omega * Math.Cos(3 * phase)) / g;
                double pitchRate = 15 * omega * Math.Sin(phase); // pitch = 15 (1 − cos) deg
                return imu.Step(0, pitchRate, 0, Period, back, 0, down);
            }));
            worst = Math.Max(worst, Run(filter, imu, 3f, Period, _ => imu.Step(0, 0, 0, Period)));
        }
        output.WriteLine($"worst error over 20 squats: {worst:F3} deg");
        Assert.True(worst < 0.5f, $"inclination error reached {worst:F3} deg");
    }

    [Fact]
    public void A_bias_change_is_learned_in_motion_without_rest_to_within_0_5_deg_per_s_in_120_s()
    {
        // After calibration the bias shifts by 1 deg/s on x and y (warm-up); continuous movement, no rest.
        var imu = new ImuSimulator(seed: 13) { GyroBiasDegreesPerSecond = (2, 2, 2) };
        var filter = StandStill(imu, 2f);
        imu.GyroBiasDegreesPerSecond = (3, 1, 2);
        double f = 0.4;
        Run(filter, imu, 120f, Period, t =>
        {
            double phase = 2 * Math.PI * f * t;
            return imu.Step(20 * Math.Sin(0.3 * phase), 50 * Math.Sin(phase), 0, Period, 0.1 * Math.Sin(phase), 0, 0.1 * Math.Sin(2 * phase));
        });
        var bias = filter.GyroBiasDegreesPerSecond;
        float horizontalError = new Vector3(bias.X - 3f, bias.Y - 1f, 0f).Length;
        float tiltError = Vector3.AngleDegrees(filter.Up, imu.TrueUp);
        output.WriteLine($"bias after 120 s of motion {bias}, x/y error {horizontalError:F3} deg/s (was 1.414), tilt error {tiltError:F3} deg");
        Assert.True(horizontalError < 0.5f, $"bias {bias} after 120 s of motion");
        Assert.True(tiltError < 0.5f, $"tilt error {tiltError:F3} deg");
    }

    [Fact]
    public void Still_stand_calibration_replaces_a_bias_that_jumped()
    {
        // The bias jumps by 15 deg/s while the wearer moves (e.g. after a knock); a 3 s stand recalibrates it (the rest
        // detector needs about 1 s for its filters to settle after the movement plus 1.5 s of stillness).
        var imu = new ImuSimulator(seed: 17) { GyroBiasDegreesPerSecond = (5, 5, 5) };
        var filter = StandStill(imu, 3f);
        imu.GyroBiasDegreesPerSecond = (-10, 12, 0);
        Run(filter, imu, 2f, Period, t => imu.Step(40 * Math.Sin(3 * t), 0, 0, Period));
        filter.StartStillStandCalibration();
        Assert.False(filter.IsCalibratedAtRest);
        Run(filter, imu, 3f, Period, _ => imu.Step(0, 0, 0, Period));
        var bias = filter.GyroBiasDegreesPerSecond;
        float error = Vector3.AngleDegrees(filter.Up, imu.TrueUp);
        output.WriteLine($"bias after a 3 s stand {bias}, tilt error {error:F3} deg");
        Assert.True(filter.IsCalibratedAtRest);
        Assert.True((bias - new Vector3(-10f, 12f, 0f)).Length < 0.2f, $"bias {bias}");
        Assert.True(error < 0.2f, $"tilt error {error:F3} deg");
        // Rest updates then remove what the rest detector's filters still held of the movement.
        Run(filter, imu, 2f, Period, _ => imu.Step(0, 0, 0, Period));
        bias = filter.GyroBiasDegreesPerSecond;
        output.WriteLine($"bias after a 5 s stand {bias}");
        Assert.True((bias - new Vector3(-10f, 12f, 0f)).Length < 0.05f, $"bias {bias}");
    }

    [Fact]
    public void Update_allocates_nothing()
    {
        var imu = new ImuSimulator();
        var samples = new ImuSample[10000];
        for (int i = 0; i < samples.Length; i++) samples[i] = imu.Step(30 * Math.Sin(i * 0.01), 10, 0, Period, 0.2 * Math.Sin(i * 0.02), 0, 0);
        // A per-update allocation shows in every pass; the runtime's own one-off bookkeeping (tiered JIT) may show
        // in one pass on a busy machine, so the quietest of three passes must be zero.
        long fewest = long.MaxValue;
        for (int pass = 0; pass < 3; pass++)
        {
            var filter = new InclinationFilter(new FusionSettings());
            for (int i = 0; i < 500; i++) filter.Update(samples[i], Period); // warm up (JIT)
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < samples.Length; i++) filter.Update(samples[i], Period);
            fewest = Math.Min(fewest, GC.GetAllocatedBytesForCurrentThread() - before);
        }
        Assert.Equal(0, fewest);
    }

    [Fact]
    public void Reset_forgets_everything()
    {
        var imu = new ImuSimulator { GyroBiasDegreesPerSecond = (10, 0, 0) };
        var filter = StandStill(imu, 2f);
        filter.Reset();
        Assert.False(filter.IsInitialised);
        Assert.False(filter.IsAtRest);
        Assert.False(filter.IsCalibratedAtRest);
        Assert.Equal(0f, filter.GyroBiasDegreesPerSecond.Length);
    }

    [Fact]
    public void A_zero_accelerometer_sample_is_ignored_for_the_correction()
    {
        var imu = new ImuSimulator();
        imu.SetTilt(1, 0, 0, 20);
        var filter = StandStill(imu, 2f);
        for (int i = 0; i < 50; i++) filter.Update(new ImuSample(Vector3.Zero, new Vector3(0f, 0f, 0f)), Period);
        Assert.True(Vector3.AngleDegrees(filter.Up, imu.TrueUp) < 0.2f);
    }
}
