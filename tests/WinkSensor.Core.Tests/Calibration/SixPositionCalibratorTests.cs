using WinkSensor.Core.Calibration;
using WinkSensor.Core.Numerics;
using WinkSensor.Core.Sensors;

namespace WinkSensor.Core.Tests.Calibration;

public class SixPositionCalibratorTests
{
    private static readonly double[] Offsets = [0.043, -0.031, 0.072];
    private static readonly double[] Scales = [1.027, 0.978, 1.012];

    /// <summary>What an accelerometer with the given offsets and scales reads for a true specific force, g.</summary>
    private static Vector3 Read(double x, double y, double z, double[] offsets, double[] scales) => new(
        (float)(offsets[0] + scales[0] * x), (float)(offsets[1] + scales[1] * y), (float)(offsets[2] + scales[2] * z));

    /// <summary>True gravity in sensor axes with the face's axis up, tipped by tiltDegrees about another axis.</summary>
    private static (double X, double Y, double Z) Gravity(AccelerometerFace face, double tiltDegrees)
    {
        double tilt = tiltDegrees * Math.PI / 180;
        double vertical = Math.Cos(tilt), horizontal = Math.Sin(tilt);
        double sign = (int)face % 2 == 0 ? 1 : -1;
        return ((int)face / 2) switch
        {
            0 => (sign * vertical, horizontal, 0),
            1 => (0, sign * vertical, horizontal),
            _ => (horizontal, 0, sign * vertical),
        };
    }

    /// <summary>Feeds secondsPerFace of still samples on each face, with a short tumble between faces.</summary>
    private static long Feed(SixPositionCalibrator calibrator, IEnumerable<AccelerometerFace> faces, double[] offsets, double[] scales,
        double tiltDegrees = 0, double secondsPerFace = 3, long startMicroseconds = 0)
    {
        long time = startMicroseconds;
        var random = new Random(7);
        var gyroOffset = new Vector3(3.5f, -8f, 1.2f);
        foreach (var face in faces)
        {
            for (int i = 0; i < 50; i++, time += 10_000)
                calibrator.Update(time, new ImuSample(new Vector3(0.3f, 0.9f, 0.4f), gyroOffset + new Vector3(60f, -40f, 30f)));
            var g = Gravity(face, tiltDegrees);
            for (int i = 0; i < secondsPerFace * 100; i++, time += 10_000)
            {
                var noise = new Vector3((float)(random.NextDouble() - 0.5) * 0.006f, (float)(random.NextDouble() - 0.5) * 0.006f,
                    (float)(random.NextDouble() - 0.5) * 0.006f);
                calibrator.Update(time, new ImuSample(Read(g.X, g.Y, g.Z, offsets, scales) + noise, gyroOffset));
            }
        }
        return time;
    }

    private static SixPositionCalibrator NewCalibrator() => new(new SixPositionCalibrationSettings());

    [Fact]
    public void Solves_known_offsets_within_2_mg_and_scales_within_a_tenth_of_a_percent_from_six_level_faces()
    {
        var calibrator = NewCalibrator();
        Feed(calibrator, Enum.GetValues<AccelerometerFace>(), Offsets, Scales);

        Assert.Equal(SixPositionCalibrationResult.Complete, calibrator.Result);
        var offset = calibrator.Calibration.OffsetG;
        var scale = calibrator.Calibration.Scale;
        Assert.InRange(offset.X, Offsets[0] - 0.002, Offsets[0] + 0.002);
        Assert.InRange(offset.Y, Offsets[1] - 0.002, Offsets[1] + 0.002);
        Assert.InRange(offset.Z, Offsets[2] - 0.002, Offsets[2] + 0.002);
        Assert.InRange(scale.X, Scales[0] * 0.999, Scales[0] * 1.001);
        Assert.InRange(scale.Y, Scales[1] * 0.999, Scales[1] * 1.001);
        Assert.InRange(scale.Z, Scales[2] * 0.999, Scales[2] * 1.001);
    }

    [Fact]
    public void A_table_tilted_by_3_degrees_and_faces_in_any_order_still_give_offsets_within_2_mg()
    {
        var calibrator = NewCalibrator();
        AccelerometerFace[] order = [AccelerometerFace.ZDown, AccelerometerFace.XUp, AccelerometerFace.YDown,
            AccelerometerFace.ZUp, AccelerometerFace.XDown, AccelerometerFace.YUp];
        Feed(calibrator, order, Offsets, Scales, tiltDegrees: 3);

        Assert.Equal(SixPositionCalibrationResult.Complete, calibrator.Result);
        var offset = calibrator.Calibration.OffsetG;
        Assert.InRange(offset.X, Offsets[0] - 0.002, Offsets[0] + 0.002);
        Assert.InRange(offset.Y, Offsets[1] - 0.002, Offsets[1] + 0.002);
        Assert.InRange(offset.Z, Offsets[2] - 0.002, Offsets[2] + 0.002);
        Assert.InRange(calibrator.Calibration.Scale.Z, Scales[2] * 0.999, Scales[2] * 1.001);
    }

    [Fact]
    public void Applying_the_solved_calibration_reads_1_g_on_every_face()
    {
        var calibrator = NewCalibrator();
        Feed(calibrator, Enum.GetValues<AccelerometerFace>(), Offsets, Scales);
        foreach (var face in Enum.GetValues<AccelerometerFace>())
        {
            var g = Gravity(face, 0);
            var sample = new ImuSample(Read(g.X, g.Y, g.Z, Offsets, Scales), Vector3.Zero);
            calibrator.Calibration.Apply(ref sample);
            Assert.InRange(sample.Acceleration.Length, 0.998, 1.002);
        }
    }

    [Fact]
    public void Five_faces_leave_it_collecting_and_solving_then_reports_the_missing_face()
    {
        var calibrator = NewCalibrator();
        Feed(calibrator, Enum.GetValues<AccelerometerFace>().Where(f => f != AccelerometerFace.YDown), Offsets, Scales);

        Assert.Equal(5, calibrator.FacesSeen);
        Assert.False(calibrator.HasSeen(AccelerometerFace.YDown));
        Assert.Equal(SixPositionCalibrationResult.Collecting, calibrator.Result);
        Assert.True(calibrator.Calibration.IsIdentity);
        Assert.Equal(SixPositionCalibrationResult.MissingFace, calibrator.Solve());
    }

    [Fact]
    public void A_face_held_for_less_than_two_seconds_does_not_count()
    {
        var calibrator = NewCalibrator();
        Feed(calibrator, [AccelerometerFace.XUp], Offsets, Scales, secondsPerFace: 1.5);
        Assert.Equal(0, calibrator.FacesSeen);
        Feed(calibrator, [AccelerometerFace.XUp], Offsets, Scales, secondsPerFace: 2.5);
        Assert.Equal(1, calibrator.FacesSeen);
    }

    [Fact]
    public void A_scale_far_outside_the_datasheet_is_rejected_as_scale_out_of_range()
    {
        var calibrator = NewCalibrator();
        Feed(calibrator, Enum.GetValues<AccelerometerFace>(), [0, 0, 0], [1, 1, 1.13]);
        Assert.Equal(SixPositionCalibrationResult.ScaleOutOfRange, calibrator.Result);
        Assert.True(calibrator.Calibration.IsIdentity);
    }

    [Fact]
    public void A_face_reading_far_from_1_g_is_rejected_as_implausible()
    {
        var calibrator = NewCalibrator();
        // A 0.2 g offset makes the X-up face read 1.2 g.
        Feed(calibrator, Enum.GetValues<AccelerometerFace>(), [0.2, 0, 0], [1, 1, 1]);
        Assert.Equal(SixPositionCalibrationResult.FaceMagnitudeImplausible, calibrator.Result);
        Assert.True(calibrator.Calibration.IsIdentity);
    }

    [Fact]
    public void Offsets_beyond_the_limit_with_every_face_near_1_g_are_rejected_as_offset_out_of_range()
    {
        var calibrator = new SixPositionCalibrator(new SixPositionCalibrationSettings { MaximumOffsetG = 0.05f });
        Feed(calibrator, Enum.GetValues<AccelerometerFace>(), [0, 0, 0.08], [1, 1, 1]);
        Assert.Equal(SixPositionCalibrationResult.OffsetOutOfRange, calibrator.Result);
    }

    [Fact]
    public void Update_allocates_nothing()
    {
        var calibrator = NewCalibrator();
        Feed(calibrator, [AccelerometerFace.XUp], Offsets, Scales);
        var sample = new ImuSample(new Vector3(1f, 0f, 0f), Vector3.Zero);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++) calibrator.Update(10_000_000 + i * 10_000L, sample);
        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }
}
