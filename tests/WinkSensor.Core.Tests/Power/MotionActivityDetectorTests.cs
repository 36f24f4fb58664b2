using WinkSensor.Core.Numerics;
using WinkSensor.Core.Power;
using WinkSensor.Core.Sensors;

namespace WinkSensor.Core.Tests.Power;

public class MotionActivityDetectorTests
{
    private static ImuSample Sample(Vector3 accelerationG, Vector3 rateDegreesPerSecond) =>
        new() { Acceleration = accelerationG, AngularRate = rateDegreesPerSecond };

    [Fact]
    public void A_still_sensor_with_gyro_offset_and_tilt_is_not_moving()
    {
        var detector = new MotionActivityDetector();
        // Lying tilted (1 g split over two axes) with uncorrected gyro offsets up to the datasheet's 20 deg/s per axis.
        Assert.False(detector.IsMoving(Sample(new Vector3(0.6f, 0f, 0.8f), new Vector3(15f, 0f, 0f))));
        Assert.False(detector.IsMoving(Sample(new Vector3(0f, 0f, 1f), new Vector3(20f, -20f, 20f))));
    }

    [Fact]
    public void Turning_or_jolting_is_moving()
    {
        var detector = new MotionActivityDetector();
        Assert.True(detector.IsMoving(Sample(new Vector3(0f, 0f, 1f), new Vector3(40f, 30f, 0f))));
        Assert.True(detector.IsMoving(Sample(new Vector3(0f, 0f, 1.2f), new Vector3(0f, 0f, 0f))));
    }
}

public class PowerPerSampleAllocationTests
{
    [Fact]
    public void Motion_check_and_idle_decision_allocate_nothing()
    {
        var detector = new MotionActivityDetector();
        var policy = new IdleSleepPolicy(new WinkSensor.Core.Runtime.DeviceConfiguration(), 0);
        var sample = new ImuSample(new Vector3(0f, 0f, 1f), new Vector3(1f, 2f, 3f));
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (long t = 0; t < 100_000; t++)
        {
            if (detector.IsMoving(sample)) policy.NoteActivity(t * 10_000);
            policy.ShouldSleep(t * 10_000, connected: false, midSet: false);
        }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
