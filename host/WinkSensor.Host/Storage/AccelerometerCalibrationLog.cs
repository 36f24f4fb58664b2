using System.Globalization;
using Microsoft.Data.Sqlite;
using WinkSensor.Core.Protocol.Messages;
using WinkSensor.Host.Protocol;

namespace WinkSensor.Host.Storage;

/// <summary>
/// The accelerometer calibrations each wearable reported, kept in the store's accelerometer_calibrations table.
/// Storing is idempotent: an event is identified by (device address, boot id, sequence), so one that arrives again
/// (resent after a reconnect) is not stored twice. Thread-safe (one connection per call).
/// </summary>
public sealed class AccelerometerCalibrationLog
{
    private readonly SessionStore store;
    private readonly TimeProvider clock;

    public AccelerometerCalibrationLog(SessionStore store, TimeProvider? clock = null)
    {
        this.store = store;
        this.clock = clock ?? TimeProvider.System;
    }

    /// <summary>Stores one event; true when it is new, false when this event was already stored.</summary>
    /// <param name="device">The wearable; its address is required (it is part of the event's identity).</param>
    public bool Store(DeviceIdentity device, ushort bootId, AccelerometerCalibratedEvent calibrated)
    {
        if (string.IsNullOrEmpty(device.Address))
            throw new ArgumentException("An accelerometer calibration needs the wearable's address to be stored.", nameof(device));
        using var connection = store.OpenConnection();
        using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO accelerometer_calibrations (device_address, device_name, firmware_version, boot_id, sequence,
                received_utc, sensor, offset_x_g, offset_y_g, offset_z_g, scale_x, scale_y, scale_z, kept_in_flash)
            VALUES ($address, $name, $firmware, $boot, $sequence, $received, $sensor, $ox, $oy, $oz, $sx, $sy, $sz, $kept)
            ON CONFLICT (device_address, boot_id, sequence) DO NOTHING;
            """;
        var parameters = insert.Parameters;
        parameters.AddWithValue("$address", device.Address);
        parameters.AddWithValue("$name", (object?)device.Name ?? DBNull.Value);
        parameters.AddWithValue("$firmware", (object?)device.FirmwareVersion ?? DBNull.Value);
        parameters.AddWithValue("$boot", (long)bootId);
        parameters.AddWithValue("$sequence", (long)calibrated.Sequence);
        parameters.AddWithValue("$received", SessionRecorder.FormatUtc(clock.GetUtcNow()));
        parameters.AddWithValue("$sensor", SensorName(calibrated.Sensor));
        parameters.AddWithValue("$ox", calibrated.OffsetG.X);
        parameters.AddWithValue("$oy", calibrated.OffsetG.Y);
        parameters.AddWithValue("$oz", calibrated.OffsetG.Z);
        parameters.AddWithValue("$sx", calibrated.Scale.X);
        parameters.AddWithValue("$sy", calibrated.Scale.Y);
        parameters.AddWithValue("$sz", calibrated.Scale.Z);
        parameters.AddWithValue("$kept", calibrated.KeptInFlash ? 1 : 0);
        return insert.ExecuteNonQuery() == 1;
    }

    /// <summary>The stored calibrations, oldest first; only those of one wearable when an address is given.</summary>
    public IReadOnlyList<StoredAccelerometerCalibration> List(string? deviceAddress = null)
    {
        using var connection = store.OpenConnection();
        using var query = connection.CreateCommand();
        query.CommandText = """
            SELECT id, device_name, device_address, firmware_version, boot_id, sequence, received_utc, sensor,
                   offset_x_g, offset_y_g, offset_z_g, scale_x, scale_y, scale_z, kept_in_flash
            FROM accelerometer_calibrations
            WHERE $address IS NULL OR device_address = $address
            ORDER BY received_utc, id;
            """;
        query.Parameters.AddWithValue("$address", (object?)deviceAddress ?? DBNull.Value);
        using var reader = query.ExecuteReader();
        var rows = new List<StoredAccelerometerCalibration>();
        while (reader.Read()) rows.Add(Read(reader));
        return rows;
    }

    private static StoredAccelerometerCalibration Read(SqliteDataReader reader) => new(
        reader.GetInt64(0),
        new DeviceIdentity(reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3)),
        (ushort)reader.GetInt64(4),
        (uint)reader.GetInt64(5),
        DateTimeOffset.Parse(reader.GetString(6), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
        reader.GetString(7) == SensorName(ImuSensorPosition.Sacrum) ? ImuSensorPosition.Sacrum : ImuSensorPosition.Thoracolumbar,
        new AccelerometerAxes(reader.GetDouble(8), reader.GetDouble(9), reader.GetDouble(10)),
        new AccelerometerAxes(reader.GetDouble(11), reader.GetDouble(12), reader.GetDouble(13)),
        reader.GetInt64(14) == 1);

    private static string SensorName(ImuSensorPosition sensor) =>
        sensor == ImuSensorPosition.Sacrum ? "sacrum" : "thoracolumbar";
}
