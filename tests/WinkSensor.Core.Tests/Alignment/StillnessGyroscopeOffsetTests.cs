using WinkSensor.Core.Alignment;
using WinkSensor.Core.Numerics;
using WinkSensor.Core.Sensors;

namespace WinkSensor.Core.Tests.Alignment;

/// <summary>
/// The gyroscope offset of a standing calibration: the mean angular rate over the still stretch less the turn the
/// accelerometer saw, so a wearer's sway during the stand does not end up in the offset.
/// </summary>
public class StillnessGyroscopeOffsetTests
{
    private static readonly Vector3 Offset = new(3f, -2f, 1f);

    /// <summary>Sways about the sensor's y axis by amplitude (deg) at frequency (Hz) for seconds at 100 Hz.</summary>
    private static StillnessDetector StandSwaying(double amplitudeDegrees, double frequencyHertz, double seconds)
    {
        var stillness = new StillnessDetector(new AlignmentSettings());
        for (int i = 0; i <= (int)(seconds * 100); i++)
        {
            double t = i / 100.0;
            double angle = amplitudeDegrees * Math.PI / 180 * Math.Sin(2 * Math.PI * frequencyHertz * t);
            double rate = amplitudeDegrees * 2 * Math.PI * frequencyHertz * Math.Cos(2 * Math.PI * frequencyHertz * t);
            // Up turns as du/dt = u x w: a rate about +y moves up (0, 0, 1) towards -x.
            var sample = new ImuSample
            {
                Acceleration = new Vector3((float)-Math.Sin(angle), 0f, (float)Math.Cos(angle)),
                AngularRate = new Vector3(0f, (float)rate, 0f) + Offset,
            };
            stillness.Update((long)(t * 1e6), sample);
        }
        return stillness;
    }

    [Fact]
    public void Sway_during_the_stand_does_not_end_up_in_the_gyroscope_offset()
    {
        var stillness = StandSwaying(0.5, 0.3, 2.0);
        Assert.True(stillness.IsStillLongEnough);
        // The plain mean carries the sway's net turn over the 2 s (0.29 deg: 0.15 deg/s).
        Assert.True(Math.Abs(stillness.MeanAngularRateDegreesPerSecond.Y - Offset.Y) > 0.1);
        Vector3 offset = stillness.GyroscopeOffsetDegreesPerSecond;
        Assert.InRange(offset.X, Offset.X - 0.02, Offset.X + 0.02);
        Assert.InRange(offset.Y, Offset.Y - 0.02, Offset.Y + 0.02);
        Assert.InRange(offset.Z, Offset.Z - 0.02, Offset.Z + 0.02);
    }

    [Fact]
    public void A_perfectly_still_stand_gives_the_mean_angular_rate()
    {
        var stillness = StandSwaying(0, 0.3, 2.0);
        Vector3 difference = stillness.GyroscopeOffsetDegreesPerSecond - Offset;
        Assert.True(difference.Length < 1e-4f);
    }
}
