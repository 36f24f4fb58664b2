using Microsoft.Data.Sqlite;
using WinkSensor.Core.Protocol.Messages;
using WinkSensor.Host.Protocol;
using WinkSensor.Host.Storage;
using WinkSensor.Host.Tests.Fixtures;

namespace WinkSensor.Host.Tests.Storage;

/// <summary>Migration 3 and the accelerometer calibrations table: one row per device event, however often it arrives.</summary>
public sealed class AccelerometerCalibrationStorageTests
{
    private static readonly DeviceIdentity Wearable = new("Wink3F7A", "AA:BB:CC:DD:3F:7A", "0.2.0");

    private static AccelerometerCalibratedEvent Event(uint sequence, ImuSensorPosition sensor = ImuSensorPosition.Sacrum) =>
        new(sequence, sensor, new AccelerometerAxes(0.0123, -0.004, 0.0301), new AccelerometerAxes(1.0052, 0.999, 1.012), KeptInFlash: true);

    [Fact]
    public void A_store_of_schema_version_2_migrates_keeping_its_sessions_with_calibrated_state_unknown()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File(DataDirectory.StoreFileName);
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = StoreSchema.Migrations[0] + StoreSchema.Migrations[1] + $"""
                PRAGMA user_version = 2;
                PRAGMA application_id = {StoreSchema.ApplicationId};
                INSERT INTO sessions (id, started_utc, ended_utc, complete) VALUES (1, '2026-10-03T18:30:00.000Z', '2026-10-03T18:40:00.000Z', 1);
                """;
            command.ExecuteNonQuery();
        }

        var store = SessionStore.Open(path);

        Assert.Equal(3, SessionStoreTests.Pragma(store.FilePath, "user_version"));
        var session = Assert.Single(new SessionArchive(store).ListSessions());
        Assert.Equal(1, session.Id);
        Assert.Null(session.AccelerometersCalibrated);
        var log = new AccelerometerCalibrationLog(store);
        Assert.Empty(log.List());
        Assert.True(log.Store(Wearable, 7, Event(1)));
        Assert.Single(log.List());
    }

    [Fact]
    public void The_same_event_stored_again_is_not_stored_twice()
    {
        using var directory = new TemporaryDirectory();
        var store = SessionStore.OpenInDataDirectory(directory.Path);
        var log = new AccelerometerCalibrationLog(store);

        Assert.True(log.Store(Wearable, 7, Event(12)));
        Assert.True(log.Store(Wearable, 7, Event(13, ImuSensorPosition.Thoracolumbar)));
        Assert.False(log.Store(Wearable, 7, Event(12)));       // resent after a reconnect
        Assert.True(log.Store(Wearable, 8, Event(12)));        // same number after a restart: another event
        Assert.True(log.Store(Wearable with { Address = "11:22:33:44:55:66" }, 7, Event(12))); // another wearable

        var rows = log.List(Wearable.Address);
        Assert.Equal(3, rows.Count);
        Assert.Equal(4, log.List().Count);
        var first = rows[0];
        Assert.Equal((7, 12u, ImuSensorPosition.Sacrum, true), ((int)first.BootId, first.Sequence, first.Sensor, first.KeptInFlash));
        Assert.Equal(new AccelerometerAxes(0.0123, -0.004, 0.0301), first.OffsetG);
        Assert.Equal(new AccelerometerAxes(1.0052, 0.999, 1.012), first.Scale);
        Assert.Equal("Wink3F7A", first.Device.Name);
        Assert.Equal(ImuSensorPosition.Thoracolumbar, rows[1].Sensor);
    }

    [Fact]
    public void A_calibration_without_the_wearables_address_is_refused()
    {
        using var directory = new TemporaryDirectory();
        var log = new AccelerometerCalibrationLog(SessionStore.OpenInDataDirectory(directory.Path));

        Assert.Throws<ArgumentException>(() => log.Store(DeviceIdentity.Unknown, 1, Event(1)));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_session_keeps_whether_the_accelerometers_were_calibrated_when_it_began(bool calibrated)
    {
        using var directory = new TemporaryDirectory();
        var store = SessionStore.OpenInDataDirectory(directory.Path);
        using (var session = SessionRecorder.Begin(store, Wearable))
        {
            session.AccelerometersCalibrated(calibrated);
            session.Complete();
        }

        Assert.Equal(calibrated, Assert.Single(new SessionArchive(store).ListSessions()).AccelerometersCalibrated);
    }
}
