namespace WinkSensor.Host.Storage;

/// <summary>
/// The session store's schema, as an ordered list of migrations. PRAGMA user_version holds the number of migrations
/// applied; PRAGMA application_id marks the file as ours so another program's SQLite file is recognised and left alone.
/// Times: device times are integer microseconds of the wearable's clock (columns ending _us); wall-clock times are
/// ISO 8601 UTC text (columns ending _utc). Angles in deg (positive flexion = lumbar rounding), lengths in cm,
/// velocities in m/s, load in kg.
/// </summary>
public static class StoreSchema
{
    /// <summary>'WKSN' as a big-endian 32-bit integer.</summary>
    public const int ApplicationId = 0x574B534E;

    public static int CurrentVersion => Migrations.Count;

    /// <summary>Migration i (0-based) takes the store from user_version i to i + 1. Append only; never edit a shipped one.</summary>
    public static IReadOnlyList<string> Migrations { get; } =
    [
        """
        CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            device_name TEXT,
            device_address TEXT,
            firmware_version TEXT,
            started_utc TEXT NOT NULL,
            -- last commit while recording; the stop time once complete
            ended_utc TEXT,
            complete INTEGER NOT NULL DEFAULT 0 CHECK (complete IN (0, 1)),
            notes TEXT
        );
        CREATE TABLE calibrations (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            time_us INTEGER NOT NULL
        );
        CREATE TABLE sets (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            set_number INTEGER NOT NULL,
            -- why the set began: 'first', 'rest' (standing longer than the rest threshold) or 'told'
            started_by TEXT NOT NULL,
            stance_width_cm REAL,
            toe_angle_deg REAL,
            heels_raised INTEGER CHECK (heels_raised IN (0, 1)),
            load_kg REAL,
            shoes TEXT,
            note TEXT,
            UNIQUE (session_id, set_number)
        );
        CREATE TABLE reps (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            set_id INTEGER NOT NULL REFERENCES sets(id) ON DELETE CASCADE,
            rep_number INTEGER NOT NULL,
            start_us INTEGER NOT NULL,
            bottom_us INTEGER NOT NULL,
            end_us INTEGER NOT NULL,
            peak_flexion_deg REAL NOT NULL,
            wink INTEGER NOT NULL CHECK (wink IN (0, 1)),
            pelvis_only INTEGER NOT NULL CHECK (pelvis_only IN (0, 1)),
            depth_cm REAL,
            mean_concentric_velocity_m_per_s REAL,
            peak_concentric_velocity_m_per_s REAL
        );
        CREATE INDEX reps_by_session ON reps (session_id, start_us);
        CREATE TABLE winks (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            -- the alarm fires inside the rep, before the rep is complete: rep_id is filled in when it completes
            rep_id INTEGER REFERENCES reps(id) ON DELETE SET NULL,
            rep_number INTEGER NOT NULL,
            alarm_us INTEGER NOT NULL,
            onset_us INTEGER NOT NULL,
            magnitude_deg REAL NOT NULL,
            onset_depth_cm REAL,
            onset_depth_fraction REAL
        );
        CREATE INDEX winks_by_session ON winks (session_id, alarm_us);
        CREATE TABLE faults (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            time_us INTEGER NOT NULL,
            code INTEGER NOT NULL
        );
        CREATE TABLE live_angles (
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            time_us INTEGER NOT NULL,
            flexion_deg REAL NOT NULL,
            phase INTEGER NOT NULL,
            rep_count INTEGER NOT NULL
        );
        CREATE INDEX live_angles_by_session ON live_angles (session_id, time_us);
        CREATE TABLE raw_frames (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            time_us INTEGER NOT NULL,
            frame BLOB NOT NULL
        );
        CREATE INDEX raw_frames_by_session ON raw_frames (session_id, time_us);
        CREATE TABLE alerts (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            time_us INTEGER NOT NULL,
            kind TEXT NOT NULL,
            message TEXT NOT NULL
        );
        """,
        """
        -- what the wearable reported after a host changed its configuration (ConfigurationChanged events)
        CREATE TABLE configuration_changes (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            time_us INTEGER NOT NULL,
            wink_threshold_deg REAL NOT NULL,
            buzz_enabled INTEGER NOT NULL CHECK (buzz_enabled IN (0, 1)),
            -- HapticPatternKind name
            wink_pattern TEXT NOT NULL,
            idle_sleep_min INTEGER NOT NULL,
            live_angle_rate_hz INTEGER NOT NULL
        );
        CREATE INDEX configuration_changes_by_session ON configuration_changes (session_id, time_us);
        """,
        """
        -- six-position accelerometer calibrations the wearable reported (AccelerometerCalibrated events), one row per
        -- event: (device_address, boot_id, sequence) is the event's identity, so a resent event is not stored twice
        CREATE TABLE accelerometer_calibrations (
            id INTEGER PRIMARY KEY,
            device_address TEXT NOT NULL,
            device_name TEXT,
            firmware_version TEXT,
            boot_id INTEGER NOT NULL,
            sequence INTEGER NOT NULL,
            received_utc TEXT NOT NULL,
            sensor TEXT NOT NULL CHECK (sensor IN ('sacrum', 'thoracolumbar')),
            -- corrected g = (raw g - offset) / scale, per sensor axis
            offset_x_g REAL NOT NULL,
            offset_y_g REAL NOT NULL,
            offset_z_g REAL NOT NULL,
            scale_x REAL NOT NULL,
            scale_y REAL NOT NULL,
            scale_z REAL NOT NULL,
            kept_in_flash INTEGER NOT NULL CHECK (kept_in_flash IN (0, 1)),
            UNIQUE (device_address, boot_id, sequence)
        );
        -- whether the wearable said both accelerometers carry a six-position calibration when the recording began;
        -- NULL = not known (recorded before this column, or simulated)
        ALTER TABLE sessions ADD COLUMN accelerometers_calibrated INTEGER CHECK (accelerometers_calibrated IN (0, 1));
        """,
    ];
}
