using WinkSensor.Core.Calibration;
using WinkSensor.Core.Numerics;
using WinkSensor.Core.Persistence;
using WinkSensor.Core.Sensors;

namespace WinkSensor.Core.Tests.Persistence;

public class AccelerometerCalibrationStoreTests
{
    // Fixed-point resolution: offsets are rounded to 0.1 mg, scales to 1 ppm (half a step either way),
    // plus a little float rounding.
    private const float OffsetToleranceG = 0.00005f + 1e-6f;
    private const float ScaleTolerance = 0.0000005f + 2e-7f;

    private static AccelerometerCalibration Sacrum() =>
        new(new Vector3(0.04321f, -0.03187f, 0.14932f), new Vector3(1.027341f, 0.978123f, 1.0999f));

    private static AccelerometerCalibration Thoracolumbar() =>
        new(new Vector3(-0.1499f, 0.00007f, -0.0712f), new Vector3(0.9001f, 1.000004f, 1.012f));

    private static void AssertClose(AccelerometerCalibration expected, AccelerometerCalibration actual)
    {
        Assert.InRange(actual.OffsetG.X - expected.OffsetG.X, -OffsetToleranceG, OffsetToleranceG);
        Assert.InRange(actual.OffsetG.Y - expected.OffsetG.Y, -OffsetToleranceG, OffsetToleranceG);
        Assert.InRange(actual.OffsetG.Z - expected.OffsetG.Z, -OffsetToleranceG, OffsetToleranceG);
        Assert.InRange(actual.Scale.X - expected.Scale.X, -ScaleTolerance, ScaleTolerance);
        Assert.InRange(actual.Scale.Y - expected.Scale.Y, -ScaleTolerance, ScaleTolerance);
        Assert.InRange(actual.Scale.Z - expected.Scale.Z, -ScaleTolerance, ScaleTolerance);
    }

    private static void AssertIdentity(AccelerometerCalibration calibration)
    {
        Assert.True(calibration.IsIdentity);
        Assert.Equal(Vector3.Zero, calibration.OffsetG);
        Assert.Equal(new Vector3(1f, 1f, 1f), calibration.Scale);
    }

    /// <summary>Loads into two calibrations that start far from identity, so a reset to identity is visible.</summary>
    private static (AccelerometerCalibrationLoadResult Result, AccelerometerCalibration Sacrum, AccelerometerCalibration Thoracolumbar)
        LoadIntoNonIdentity(IConfigurationStorage storage)
    {
        var sacrum = Sacrum();
        var thoracolumbar = Thoracolumbar();
        var result = new AccelerometerCalibrationStore(storage).Load(sacrum, thoracolumbar);
        return (result, sacrum, thoracolumbar);
    }

    /// <summary>Replaces the CRC after an edit, so the edit is judged on its content, not on the checksum.</summary>
    private static void Reseal(byte[] record)
    {
        int body = record.Length - 2;
        ushort crc = Core.Protocol.Serial.Crc16Ccitt.Compute(record, 0, body);
        record[body] = (byte)(crc & 0xFF);
        record[body + 1] = (byte)(crc >> 8);
    }

    [Fact]
    public void Both_calibrations_survive_a_power_cycle_within_the_fixed_point_resolution()
    {
        var storage = new InMemoryConfigurationStorage();
        Assert.True(new AccelerometerCalibrationStore(storage).Save(Sacrum(), Thoracolumbar()));
        Assert.Equal(AccelerometerCalibrationRecordLayout.RecordLengthVersion1, storage.Stored!.Length);
        Assert.Equal(new byte[] { 0x57, 0x41, 1, 36 }, storage.Stored[..4]);

        // A fresh store stands for the firmware after the power cycle.
        var sacrum = new AccelerometerCalibration();
        var thoracolumbar = new AccelerometerCalibration();
        Assert.Equal(AccelerometerCalibrationLoadResult.Loaded, new AccelerometerCalibrationStore(storage).Load(sacrum, thoracolumbar));
        AssertClose(Sacrum(), sacrum);
        AssertClose(Thoracolumbar(), thoracolumbar);
    }

    [Fact]
    public void Identity_calibrations_round_trip_exactly()
    {
        var storage = new InMemoryConfigurationStorage();
        Assert.True(new AccelerometerCalibrationStore(storage).Save(new AccelerometerCalibration(), new AccelerometerCalibration()));
        var (result, sacrum, thoracolumbar) = LoadIntoNonIdentity(storage);
        Assert.Equal(AccelerometerCalibrationLoadResult.Loaded, result);
        AssertIdentity(sacrum);
        AssertIdentity(thoracolumbar);
    }

    [Fact]
    public void Nothing_stored_gives_Missing_and_identity()
    {
        var (result, sacrum, thoracolumbar) = LoadIntoNonIdentity(new InMemoryConfigurationStorage());
        Assert.Equal(AccelerometerCalibrationLoadResult.Missing, result);
        AssertIdentity(sacrum);
        AssertIdentity(thoracolumbar);
    }

    [Fact]
    public void An_unreadable_storage_gives_StorageUnreadable_and_identity()
    {
        var (result, sacrum, thoracolumbar) = LoadIntoNonIdentity(new InMemoryConfigurationStorage { FailReads = true });
        Assert.Equal(AccelerometerCalibrationLoadResult.StorageUnreadable, result);
        AssertIdentity(sacrum);
        AssertIdentity(thoracolumbar);
    }

    [Fact]
    public void Any_single_flipped_byte_gives_Corrupt_or_UnknownVersion_and_identity_never_a_wrong_calibration()
    {
        var storage = new InMemoryConfigurationStorage();
        new AccelerometerCalibrationStore(storage).Save(Sacrum(), Thoracolumbar());
        byte[] original = storage.Stored!;
        for (int position = 0; position < original.Length; position++)
        {
            storage.Stored = (byte[])original.Clone();
            storage.Stored[position] ^= 0x10;
            var (result, sacrum, thoracolumbar) = LoadIntoNonIdentity(storage);
            var expected = position == 2 ? AccelerometerCalibrationLoadResult.UnknownVersion : AccelerometerCalibrationLoadResult.Corrupt;
            Assert.True(expected == result, $"byte {position}: {result}");
            AssertIdentity(sacrum);
            AssertIdentity(thoracolumbar);
        }
    }

    [Fact]
    public void A_truncated_record_or_another_record_gives_Corrupt()
    {
        var storage = new InMemoryConfigurationStorage();
        new AccelerometerCalibrationStore(storage).Save(Sacrum(), Thoracolumbar());
        storage.Stored = storage.Stored![..30];
        Assert.Equal(AccelerometerCalibrationLoadResult.Corrupt, LoadIntoNonIdentity(storage).Result);

        // A restart note written to the wrong file must not be taken for a calibration.
        new RestartNoteStore(storage).Record(RestartReason.MainLoopStalled, Core.Power.LoopStage.Starting, 4000);
        Assert.Equal(AccelerometerCalibrationLoadResult.Corrupt, LoadIntoNonIdentity(storage).Result);
    }

    [Fact]
    public void An_intact_record_of_an_unknown_version_gives_UnknownVersion_and_identity()
    {
        var storage = new InMemoryConfigurationStorage();
        new AccelerometerCalibrationStore(storage).Save(Sacrum(), Thoracolumbar());
        storage.Stored![2] = 2;
        Reseal(storage.Stored);
        var (result, sacrum, thoracolumbar) = LoadIntoNonIdentity(storage);
        Assert.Equal(AccelerometerCalibrationLoadResult.UnknownVersion, result);
        AssertIdentity(sacrum);
        AssertIdentity(thoracolumbar);
    }

    [Theory]
    [InlineData(AccelerometerCalibrationRecordLayout.SacrumOffset + 0, 1501)] // sacrum X offset 0.1501 g
    [InlineData(AccelerometerCalibrationRecordLayout.ThoracolumbarOffset + 4, -1501)] // thoracolumbar Z offset -0.1501 g
    public void An_intact_record_with_an_offset_beyond_015_g_gives_OutOfRange_and_identity(int position, int tenthsOfMilliG)
    {
        var storage = new InMemoryConfigurationStorage();
        new AccelerometerCalibrationStore(storage).Save(Sacrum(), Thoracolumbar());
        storage.Stored![position] = (byte)(tenthsOfMilliG & 0xFF);
        storage.Stored[position + 1] = (byte)((tenthsOfMilliG >> 8) & 0xFF);
        Reseal(storage.Stored);
        var (result, sacrum, thoracolumbar) = LoadIntoNonIdentity(storage);
        Assert.Equal(AccelerometerCalibrationLoadResult.OutOfRange, result);
        AssertIdentity(sacrum);
        AssertIdentity(thoracolumbar);
    }

    [Theory]
    [InlineData(AccelerometerCalibrationRecordLayout.SacrumOffset + 6, 100001)] // sacrum X scale 1.100001
    [InlineData(AccelerometerCalibrationRecordLayout.ThoracolumbarOffset + 14, -100001)] // thoracolumbar Z scale 0.899999
    [InlineData(AccelerometerCalibrationRecordLayout.ThoracolumbarOffset + 10, int.MinValue)]
    public void An_intact_record_with_a_scale_outside_09_to_11_gives_OutOfRange_and_identity(int position, int partsPerMillion)
    {
        var storage = new InMemoryConfigurationStorage();
        new AccelerometerCalibrationStore(storage).Save(Sacrum(), Thoracolumbar());
        BitConverter.GetBytes(partsPerMillion).CopyTo(storage.Stored!, position);
        Reseal(storage.Stored!);
        var (result, sacrum, thoracolumbar) = LoadIntoNonIdentity(storage);
        Assert.Equal(AccelerometerCalibrationLoadResult.OutOfRange, result);
        AssertIdentity(sacrum);
        AssertIdentity(thoracolumbar);
    }

    [Fact]
    public void The_extreme_accepted_values_load()
    {
        var storage = new InMemoryConfigurationStorage();
        var edge = new AccelerometerCalibration(new Vector3(0.15f, -0.15f, 0f), new Vector3(1.1f, 0.9f, 1f));
        Assert.True(new AccelerometerCalibrationStore(storage).Save(edge, edge));
        var (result, sacrum, thoracolumbar) = LoadIntoNonIdentity(storage);
        Assert.Equal(AccelerometerCalibrationLoadResult.Loaded, result);
        AssertClose(edge, sacrum);
        AssertClose(edge, thoracolumbar);
    }

    [Fact]
    public void Save_refuses_a_calibration_Load_would_reject_and_leaves_the_stored_one_alone()
    {
        var storage = new InMemoryConfigurationStorage();
        var store = new AccelerometerCalibrationStore(storage);
        Assert.True(store.Save(Sacrum(), Thoracolumbar()));
        byte[] before = storage.Stored!;

        Assert.False(store.Save(Sacrum(), new AccelerometerCalibration(new Vector3(0f, 0.16f, 0f), new Vector3(1f, 1f, 1f))));
        Assert.False(store.Save(new AccelerometerCalibration(Vector3.Zero, new Vector3(1f, 1.2f, 1f)), Thoracolumbar()));
        Assert.False(store.Save(new AccelerometerCalibration(new Vector3(float.NaN, 0f, 0f), new Vector3(1f, 1f, 1f)), Thoracolumbar()));
        Assert.Same(before, storage.Stored);
    }

    [Fact]
    public void Save_reports_a_refused_write()
    {
        var storage = new InMemoryConfigurationStorage { FailWrites = true };
        Assert.False(new AccelerometerCalibrationStore(storage).Save(Sacrum(), Thoracolumbar()));
    }

    [Fact]
    public void The_accepted_ranges_are_the_six_position_calibrators_default_plausibility_limits()
    {
        var settings = new SixPositionCalibrationSettings();
        Assert.Equal(AccelerometerCalibrationRecordLayout.MaximumOffsetTenthsOfMilliG, settings.MaximumOffsetG * 10000f, 3);
        Assert.Equal(AccelerometerCalibrationRecordLayout.MaximumScaleDeviationPartsPerMillion, (settings.MaximumScale - 1f) * 1e6f, 0);
        Assert.Equal(AccelerometerCalibrationRecordLayout.MaximumScaleDeviationPartsPerMillion, (1f - settings.MinimumScale) * 1e6f, 0);
    }

    [Fact]
    public void A_calibration_solved_by_the_six_position_calibrator_survives_Save_and_Load()
    {
        var calibrator = new SixPositionCalibrator(new SixPositionCalibrationSettings());
        var offsets = new Vector3(0.0437f, -0.0291f, 0.0768f);
        var scales = new Vector3(1.0273f, 0.9781f, 1.0124f);
        long time = 0;
        var gyroOffsetDegreesPerSecond = new Vector3(3.5f, -8f, 1.2f);
        foreach (var face in Enum.GetValues<AccelerometerFace>())
        {
            float sign = (int)face % 2 == 0 ? 1f : -1f;
            int axis = (int)face / 2;
            var gravity = new Vector3(axis == 0 ? sign : 0f, axis == 1 ? sign : 0f, axis == 2 ? sign : 0f);
            var reading = new Vector3(offsets.X + scales.X * gravity.X, offsets.Y + scales.Y * gravity.Y, offsets.Z + scales.Z * gravity.Z);
            for (int i = 0; i < 300; i++, time += 10_000)
                calibrator.Update(time, new ImuSample(reading, gyroOffsetDegreesPerSecond));
        }
        Assert.Equal(SixPositionCalibrationResult.Complete, calibrator.Result);
        var solved = calibrator.Calibration;
        Assert.False(solved.IsIdentity);

        var storage = new InMemoryConfigurationStorage();
        Assert.True(new AccelerometerCalibrationStore(storage).Save(solved, AccelerometerCalibration.Identity));
        var sacrum = new AccelerometerCalibration();
        var thoracolumbar = Thoracolumbar();
        Assert.Equal(AccelerometerCalibrationLoadResult.Loaded, new AccelerometerCalibrationStore(storage).Load(sacrum, thoracolumbar));
        AssertClose(solved, sacrum);
        AssertIdentity(thoracolumbar);

        // The reloaded calibration corrects a reading as the solved one does: within 0.1 mg at 1 g.
        var raw = new Vector3(0.5f, -0.7f, 0.6f);
        var difference = solved.Correct(raw) - sacrum.Correct(raw);
        Assert.True(difference.Length < 0.0001f, $"corrected readings differ by {difference.Length} g");
    }

    [Fact]
    public void Save_and_Load_allocate_nothing_after_construction()
    {
        var storage = new FixedBufferStorage();
        var store = new AccelerometerCalibrationStore(storage);
        var sacrum = Sacrum();
        var thoracolumbar = Thoracolumbar();
        store.Save(sacrum, thoracolumbar);
        store.Load(sacrum, thoracolumbar);

        int saved = 0, loaded = 0;
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++)
        {
            if (store.Save(sacrum, thoracolumbar)) saved++;
            if (store.Load(sacrum, thoracolumbar) == AccelerometerCalibrationLoadResult.Loaded) loaded++;
        }
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(100, saved);
        Assert.Equal(100, loaded);
        Assert.Equal(0, allocated);
    }

    /// <summary>A storage that allocates nothing per call, so the allocation check sees only the store.</summary>
    private sealed class FixedBufferStorage : IConfigurationStorage
    {
        private readonly byte[] stored = new byte[64];
        private int length;

        public int Read(byte[] buffer)
        {
            Array.Copy(stored, buffer, length);
            return length;
        }

        public bool Write(byte[] buffer, int count)
        {
            Array.Copy(buffer, stored, count);
            length = count;
            return true;
        }

        public void Erase() => length = 0;
    }
}
