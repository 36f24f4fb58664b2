using WinkSensor.Core.Numerics;
using WinkSensor.Core.Sensors;

namespace WinkSensor.Core.Tests.Signals;

/// <summary>One generated sample pair with the pose it came from.</summary>
public readonly record struct SyntheticFrame(long TimeMicroseconds, ImuSample Sacrum, ImuSample Thoracolumbar,
    bool ThoracolumbarPresent, BodyPose Truth);

/// <summary>Options of the ideal-IMU generator.</summary>
public sealed record SyntheticImuOptions
{
    public double SampleRateHertz { get; init; } = 100;
    public SensorMounting SacrumMounting { get; init; } = new(0, 25);
    public SensorMounting ThoracolumbarMounting { get; init; } = new();
    public double AccelerometerNoiseG { get; init; } = 0.004;
    public double GyroscopeNoiseDegreesPerSecond { get; init; } = 0.1;
    /// <summary>Constant gyroscope offsets, deg/s, as found at power-up.</summary>
    public Vec SacrumGyroscopeOffset { get; init; }
    public Vec ThoracolumbarGyroscopeOffset { get; init; }
    /// <summary>The thoracolumbar sensor delivers nothing from this time on, s (null: never drops out).</summary>
    public double? ThoracolumbarDropoutSeconds { get; init; }
    public int Seed { get; init; } = 1;
}

/// <summary>
/// Turns a motion script into ideal IMU samples: each segment is rotated by its sagittal tilt (about the wearer's
/// left) and lateral sway (about forward); gravity and the sensor's acceleration are expressed in the sensor frame
/// (specific force, g), the angular velocity from the change of the sensor axes (deg/s); then noise and offsets.
/// Sacrum sensor 10 cm above and 8 cm behind the hip joint; thoracolumbar sensor 20 cm up the trunk from the sacrum.
/// </summary>
public static class SyntheticImu
{
    private const double Gravity = 9.80665;

    public static List<SyntheticFrame> Generate(MotionScript script, SyntheticImuOptions? options = null)
    {
        options ??= new SyntheticImuOptions();
        var random = new Random(options.Seed);
        var sacrumMount = options.SacrumMounting.AxesInSegment();
        var thoracolumbarMount = options.ThoracolumbarMounting.AxesInSegment();
        var frames = new List<SyntheticFrame>();
        double period = 1 / options.SampleRateHertz;
        int count = (int)Math.Floor(script.DurationSeconds / period);
        for (int i = 0; i < count; i++)
        {
            double t = i * period;
            var pose = script.PoseAt(t);
            var sacrum = Measure(script, t, sacrumMount, isSacrum: true, options.SacrumGyroscopeOffset, options, random);
            var thoracolumbar = Measure(script, t, thoracolumbarMount, isSacrum: false, options.ThoracolumbarGyroscopeOffset, options, random);
            bool present = options.ThoracolumbarDropoutSeconds is not { } dropout || t < dropout;
            frames.Add(new SyntheticFrame((long)Math.Round(t * 1e6), sacrum, present ? thoracolumbar : default, present, pose));
        }
        return frames;
    }

    private static Axes SegmentAxes(BodyPose pose, Axes mount, bool isSacrum)
    {
        double tilt = isSacrum ? pose.PelvisTiltDegrees : pose.TrunkTiltDegrees;
        return mount.RotatedAbout(Vec.Left, tilt).RotatedAbout(Vec.Forward, pose.SwayDegrees);
    }

    private static Vec Position(BodyPose pose, bool isSacrum)
    {
        var hip = new Vec(pose.ForwardMeters, 0, pose.PelvisHeightMeters);
        var sacrum = hip + new Vec(-0.08, 0, 0.10).RotatedAbout(Vec.Left, pose.PelvisTiltDegrees);
        if (isSacrum) return sacrum;
        return sacrum + new Vec(0, 0, 0.20).RotatedAbout(Vec.Left, pose.TrunkTiltDegrees);
    }

    private static ImuSample Measure(MotionScript script, double t, Axes mount, bool isSacrum, Vec offset,
        SyntheticImuOptions options, Random random)
    {
        const double h = 0.002;
        var before = script.PoseAt(Math.Max(0, t - h));
        var now = script.PoseAt(t);
        var after = script.PoseAt(t + h);
        var axes = SegmentAxes(now, mount, isSacrum);
        var axesBefore = SegmentAxes(before, mount, isSacrum);
        var axesAfter = SegmentAxes(after, mount, isSacrum);
        double span = t - h < 0 ? t + h : 2 * h;
        // omega = 1/2 * sum(a_i x da_i/dt) for an orthonormal frame.
        var omega = 0.5 / span * (Vec.Cross(axes.X, axesAfter.X - axesBefore.X) + Vec.Cross(axes.Y, axesAfter.Y - axesBefore.Y)
            + Vec.Cross(axes.Z, axesAfter.Z - axesBefore.Z));
        var acceleration = t - h < 0 ? new Vec(0, 0, 0)
            : 1 / (h * h) * (Position(after, isSacrum) - 2 * Position(now, isSacrum) + Position(before, isSacrum));
        var specificForce = (1 / Gravity) * acceleration + Vec.Up;
        var force = axes.Express(specificForce);
        var rate = (180 / Math.PI) * axes.Express(omega) + offset;
        return new ImuSample(
            new Vector3((float)(force.X + Noise(random, options.AccelerometerNoiseG)), (float)(force.Y + Noise(random, options.AccelerometerNoiseG)),
                (float)(force.Z + Noise(random, options.AccelerometerNoiseG))),
            new Vector3((float)(rate.X + Noise(random, options.GyroscopeNoiseDegreesPerSecond)), (float)(rate.Y + Noise(random, options.GyroscopeNoiseDegreesPerSecond)),
                (float)(rate.Z + Noise(random, options.GyroscopeNoiseDegreesPerSecond))));
    }

    private static double Noise(Random random, double sigma)
    {
        if (sigma <= 0) return 0;
        double u1 = 1 - random.NextDouble(), u2 = random.NextDouble();
        return sigma * Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
