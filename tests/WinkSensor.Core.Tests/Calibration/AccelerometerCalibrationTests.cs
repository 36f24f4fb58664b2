using WinkSensor.Core.Calibration;
using WinkSensor.Core.Numerics;
using WinkSensor.Core.Sensors;

namespace WinkSensor.Core.Tests.Calibration;

public class AccelerometerCalibrationTests
{
    [Fact]
    public void Apply_subtracts_the_offset_and_divides_by_the_scale_and_leaves_the_angular_rate()
    {
        var calibration = new AccelerometerCalibration(new Vector3(0.05f, -0.02f, 0.08f), new Vector3(1.02f, 0.98f, 1.01f));
        var sample = new ImuSample(new Vector3(0.05f + 1.02f * 0.5f, -0.02f - 0.98f * 0.3f, 0.08f + 1.01f * 0.8f), new Vector3(1f, 2f, 3f));
        calibration.Apply(ref sample);
        Assert.Equal(0.5f, sample.Acceleration.X, 5);
        Assert.Equal(-0.3f, sample.Acceleration.Y, 5);
        Assert.Equal(0.8f, sample.Acceleration.Z, 5);
        Assert.Equal(new Vector3(1f, 2f, 3f), sample.AngularRate);
    }

    [Fact]
    public void Identity_leaves_the_sample_unchanged()
    {
        var sample = new ImuSample(new Vector3(0.1f, 0.2f, 0.97f), Vector3.Zero);
        AccelerometerCalibration.Identity.Apply(ref sample);
        Assert.Equal(new Vector3(0.1f, 0.2f, 0.97f), sample.Acceleration);
        Assert.True(AccelerometerCalibration.Identity.IsIdentity);
    }

    [Fact]
    public void A_non_positive_scale_is_taken_as_one_instead_of_dividing_by_zero()
    {
        var calibration = new AccelerometerCalibration(Vector3.Zero, new Vector3(0f, -1f, 1f));
        Assert.Equal(new Vector3(1f, 1f, 1f), calibration.Scale);
    }
}
