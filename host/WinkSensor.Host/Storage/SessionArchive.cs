using System.Globalization;
using Microsoft.Data.Sqlite;
using WinkSensor.Core.Runtime;

namespace WinkSensor.Host.Storage;

/// <summary>Reads recorded sessions back out of the store (and lets set conditions be tagged afterwards).</summary>
public sealed class SessionArchive
{
    private const string SummarySelect = """
        SELECT s.id, s.device_name, s.device_address, s.firmware_version, s.started_utc, s.ended_utc, s.complete, s.notes,
               (SELECT count(*) FROM sets WHERE session_id = s.id),
               (SELECT count(*) FROM reps WHERE session_id = s.id),
               (SELECT count(*) FROM reps WHERE session_id = s.id AND wink = 1),
               s.accelerometers_calibrated
        FROM sessions s
        """;

    private readonly SessionStore store;

    public SessionArchive(SessionStore store)
    {
        this.store = store;
    }

    /// <summary>All sessions, oldest first.</summary>
    public IReadOnlyList<SessionSummary> ListSessions()
    {
        using var connection = store.OpenConnection();
        return Query(connection, SummarySelect + " ORDER BY s.started_utc, s.id;", ReadSummary);
    }

    /// <summary>The referenced session, or null when there is no such session.</summary>
    public SessionSummary? FindSession(SessionReference reference)
    {
        using var connection = store.OpenConnection();
        return FindSession(connection, reference);
    }

    public SessionDetail? LoadSession(SessionReference reference)
    {
        using var connection = store.OpenConnection();
        var summary = FindSession(connection, reference);
        if (summary is null) return null;
        var id = summary.Id;
        var origin = Query(connection, """
            SELECT min(t) FROM (
                SELECT min(time_us) AS t FROM live_angles WHERE session_id = $id
                UNION ALL SELECT min(start_us) FROM reps WHERE session_id = $id
                UNION ALL SELECT min(time_us) FROM calibrations WHERE session_id = $id
                UNION ALL SELECT min(onset_us) FROM winks WHERE session_id = $id
                UNION ALL SELECT min(time_us) FROM faults WHERE session_id = $id);
            """, reader => reader.IsDBNull(0) ? (long?)null : reader.GetInt64(0), ("$id", id)).Single();
        return new SessionDetail(
            summary,
            Query(connection, "SELECT time_us FROM calibrations WHERE session_id = $id ORDER BY time_us;",
                reader => reader.GetInt64(0), ("$id", id)),
            Query(connection, """
                SELECT id, set_number, started_by, stance_width_cm, toe_angle_deg, heels_raised, load_kg, shoes, note
                FROM sets WHERE session_id = $id ORDER BY set_number;
                """, ReadSet, ("$id", id)),
            Query(connection, """
                SELECT r.id, r.set_id, st.set_number, r.rep_number, r.start_us, r.bottom_us, r.end_us, r.peak_flexion_deg,
                       r.wink, r.pelvis_only, r.depth_cm, r.mean_concentric_velocity_m_per_s, r.peak_concentric_velocity_m_per_s
                FROM reps r JOIN sets st ON st.id = r.set_id WHERE r.session_id = $id ORDER BY r.start_us, r.id;
                """, ReadRep, ("$id", id)),
            Query(connection, """
                SELECT id, rep_id, rep_number, alarm_us, onset_us, magnitude_deg, onset_depth_cm, onset_depth_fraction
                FROM winks WHERE session_id = $id ORDER BY alarm_us, id;
                """, ReadWink, ("$id", id)),
            Query(connection, "SELECT time_us, code FROM faults WHERE session_id = $id ORDER BY time_us, id;",
                reader => new StoredFault(reader.GetInt64(0), (FaultCode)reader.GetInt32(1)), ("$id", id)),
            Query(connection, "SELECT time_us, kind, message FROM alerts WHERE session_id = $id ORDER BY time_us, id;",
                reader => new StoredAlert(reader.GetInt64(0), ParseAlertKind(reader.GetString(1)), reader.GetString(2)), ("$id", id)))
        {
            TimeOriginMicroseconds = origin,
        };
    }

    /// <summary>The session's live-angle samples in time order.</summary>
    public IReadOnlyList<LiveAngleSample> ReadLiveAngles(long sessionId)
    {
        using var connection = store.OpenConnection();
        return Query(connection, """
            SELECT time_us, flexion_deg, phase, rep_count FROM live_angles WHERE session_id = $id ORDER BY time_us, rowid;
            """, reader => new LiveAngleSample(reader.GetInt64(0), reader.GetFloat(1), (SquatPhase)reader.GetInt32(2),
                reader.GetInt32(3)), ("$id", sessionId));
    }

    /// <summary>The configuration changes the wearable reported during the session, in time order.</summary>
    public IReadOnlyList<StoredConfigurationChange> ReadConfigurationChanges(long sessionId)
    {
        using var connection = store.OpenConnection();
        return Query(connection, """
            SELECT time_us, wink_threshold_deg, buzz_enabled, wink_pattern, idle_sleep_min, live_angle_rate_hz
            FROM configuration_changes WHERE session_id = $id ORDER BY time_us, id;
            """, reader => new StoredConfigurationChange(reader.GetInt64(0), new Protocol.DeviceSettings(reader.GetDouble(1),
                reader.GetInt64(2) != 0, Enum.Parse<HapticPatternKind>(reader.GetString(3)), reader.GetInt32(4), reader.GetInt32(5))),
            ("$id", sessionId));
    }

    public IReadOnlyList<StoredRawFrame> ReadRawFrames(long sessionId)
    {
        using var connection = store.OpenConnection();
        return Query(connection, "SELECT time_us, frame FROM raw_frames WHERE session_id = $id ORDER BY time_us, id;",
            reader => new StoredRawFrame(reader.GetInt64(0), (byte[])reader.GetValue(1)), ("$id", sessionId));
    }

    /// <summary>One point per session (oldest first) for the trend across sessions.</summary>
    public IReadOnlyList<SessionTrendPoint> ReadTrend()
    {
        using var connection = store.OpenConnection();
        return Query(connection, """
            SELECT s.id, s.started_utc,
                   (SELECT count(*) FROM reps WHERE session_id = s.id),
                   (SELECT avg(wink) FROM reps WHERE session_id = s.id),
                   (SELECT avg(peak_flexion_deg) FROM reps WHERE session_id = s.id),
                   (SELECT avg(onset_depth_cm) FROM winks WHERE session_id = s.id)
            FROM sessions s ORDER BY s.started_utc, s.id;
            """, reader => new SessionTrendPoint(
                reader.GetInt64(0), ParseUtc(reader.GetString(1)), reader.GetInt32(2),
                NullableDouble(reader, 3), NullableDouble(reader, 4), NullableDouble(reader, 5)));
    }

    /// <summary>Replaces a set's condition tags. False when the session or set does not exist.</summary>
    public bool TagSet(long sessionId, int setNumber, SetConditions conditions)
    {
        using var connection = store.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE sets SET stance_width_cm = $width, toe_angle_deg = $toe, heels_raised = $heels, load_kg = $load,
                            shoes = $shoes, note = $note
            WHERE session_id = $session AND set_number = $set;
            """;
        command.Parameters.AddWithValue("$width", (object?)conditions.StanceWidthCentimetres ?? DBNull.Value);
        command.Parameters.AddWithValue("$toe", (object?)conditions.ToeAngleDegrees ?? DBNull.Value);
        command.Parameters.AddWithValue("$heels", conditions.HeelsRaised is { } heels ? (heels ? 1 : 0) : DBNull.Value);
        command.Parameters.AddWithValue("$load", (object?)conditions.LoadKilograms ?? DBNull.Value);
        command.Parameters.AddWithValue("$shoes", (object?)conditions.Shoes ?? DBNull.Value);
        command.Parameters.AddWithValue("$note", (object?)conditions.Note ?? DBNull.Value);
        command.Parameters.AddWithValue("$session", sessionId);
        command.Parameters.AddWithValue("$set", setNumber);
        return command.ExecuteNonQuery() == 1;
    }

    /// <summary>
    /// Regroups a session's reps into the given sets (in time order, numbered from 1), each rep going to the last set
    /// that starts at or before it (reps before the first start go to the first set), replacing the sets the recorder
    /// made. Used when the sets' boundaries are known on the device clock (the coach's prompts). False when there is no
    /// such session.
    /// </summary>
    public bool GroupRepsIntoSets(long sessionId, IReadOnlyList<SetStart> sets)
    {
        if (sets.Count == 0) throw new ArgumentException("At least one set is needed.", nameof(sets));
        var ordered = sets.OrderBy(s => s.StartMicroseconds).ToList();
        using var connection = store.OpenConnection();
        using var transaction = connection.BeginTransaction();
        if (Query(connection, "SELECT count(*) FROM sessions WHERE id = $id;", reader => reader.GetInt64(0), ("$id", sessionId)).Single() == 0)
            return false;
        Execute(connection, "UPDATE sets SET set_number = -set_number WHERE session_id = $session;", ("$session", sessionId));
        var setIds = new List<long>();
        for (int i = 0; i < ordered.Count; i++)
        {
            var conditions = ordered[i].Conditions;
            setIds.Add(Query(connection, """
                INSERT INTO sets (session_id, set_number, started_by, stance_width_cm, toe_angle_deg, heels_raised, load_kg, shoes, note)
                VALUES ($session, $number, $startedBy, $width, $toe, $heels, $load, $shoes, $note) RETURNING id;
                """, reader => reader.GetInt64(0),
                ("$session", sessionId), ("$number", i + 1), ("$startedBy", i == 0 ? "first" : "told"),
                ("$width", (object?)conditions.StanceWidthCentimetres ?? DBNull.Value),
                ("$toe", (object?)conditions.ToeAngleDegrees ?? DBNull.Value),
                ("$heels", conditions.HeelsRaised is { } heels ? (heels ? 1 : 0) : DBNull.Value),
                ("$load", (object?)conditions.LoadKilograms ?? DBNull.Value),
                ("$shoes", (object?)conditions.Shoes ?? DBNull.Value),
                ("$note", (object?)conditions.Note ?? DBNull.Value)).Single());
        }
        for (int i = 0; i < ordered.Count; i++)
        {
            var (from, to) = (i == 0 ? long.MinValue : ordered[i].StartMicroseconds,
                i + 1 < ordered.Count ? ordered[i + 1].StartMicroseconds : long.MaxValue);
            Execute(connection, "UPDATE reps SET set_id = $set WHERE session_id = $session AND start_us >= $from AND start_us < $to;",
                ("$set", setIds[i]), ("$session", sessionId), ("$from", from), ("$to", to));
        }
        Execute(connection, "DELETE FROM sets WHERE session_id = $session AND set_number < 0;", ("$session", sessionId));
        transaction.Commit();
        return true;
    }

    /// <summary>One point per set of every session (oldest first) for the trend across sessions per condition.</summary>
    public IReadOnlyList<SetTrendPoint> ReadSetTrend()
    {
        using var connection = store.OpenConnection();
        return Query(connection, """
            SELECT s.id, s.started_utc, st.set_number, st.stance_width_cm, st.toe_angle_deg, st.heels_raised, st.load_kg,
                   st.shoes, st.note,
                   (SELECT count(*) FROM reps WHERE set_id = st.id),
                   (SELECT count(*) FROM reps WHERE set_id = st.id AND wink = 1),
                   (SELECT count(w.onset_depth_cm) FROM winks w JOIN reps r ON r.id = w.rep_id WHERE r.set_id = st.id),
                   (SELECT avg(w.onset_depth_cm) FROM winks w JOIN reps r ON r.id = w.rep_id WHERE r.set_id = st.id),
                   (SELECT avg(w.onset_depth_fraction) FROM winks w JOIN reps r ON r.id = w.rep_id WHERE r.set_id = st.id)
            FROM sets st JOIN sessions s ON s.id = st.session_id ORDER BY s.started_utc, s.id, st.set_number;
            """, reader => new SetTrendPoint(
                reader.GetInt64(0), ParseUtc(reader.GetString(1)), reader.GetInt32(2),
                new SetConditions(NullableDouble(reader, 3), NullableDouble(reader, 4),
                    reader.IsDBNull(5) ? null : reader.GetInt32(5) == 1, NullableDouble(reader, 6),
                    NullableString(reader, 7), NullableString(reader, 8)),
                reader.GetInt32(9), reader.GetInt32(10), reader.GetInt32(11), NullableDouble(reader, 12), NullableDouble(reader, 13)));
    }

    private static void Execute(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        command.ExecuteNonQuery();
    }

    private static SessionSummary? FindSession(SqliteConnection connection, SessionReference reference) =>
        reference.Id is { } id
            ? Query(connection, SummarySelect + " WHERE s.id = $id;", ReadSummary, ("$id", id)).SingleOrDefault()
            : Query(connection, SummarySelect + " ORDER BY s.started_utc DESC, s.id DESC LIMIT 1;", ReadSummary).SingleOrDefault();

    private static SessionSummary ReadSummary(SqliteDataReader reader) => new(
        reader.GetInt64(0),
        new DeviceIdentity(NullableString(reader, 1), NullableString(reader, 2), NullableString(reader, 3)),
        ParseUtc(reader.GetString(4)),
        reader.IsDBNull(5) ? null : ParseUtc(reader.GetString(5)),
        reader.GetInt32(6) == 1,
        NullableString(reader, 7),
        reader.GetInt32(8),
        reader.GetInt32(9),
        reader.GetInt32(10))
    {
        AccelerometersCalibrated = reader.IsDBNull(11) ? null : reader.GetInt32(11) == 1,
    };

    private static StoredSet ReadSet(SqliteDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetInt32(1),
        Enum.Parse<SetStartReason>(reader.GetString(2), ignoreCase: true),
        new SetConditions(
            NullableDouble(reader, 3),
            NullableDouble(reader, 4),
            reader.IsDBNull(5) ? null : reader.GetInt32(5) == 1,
            NullableDouble(reader, 6),
            NullableString(reader, 7),
            NullableString(reader, 8)));

    private static StoredRep ReadRep(SqliteDataReader reader) => new(
        reader.GetInt64(0), reader.GetInt64(1), reader.GetInt32(2), reader.GetInt32(3),
        reader.GetInt64(4), reader.GetInt64(5), reader.GetInt64(6), reader.GetDouble(7),
        reader.GetInt32(8) == 1, reader.GetInt32(9) == 1,
        new RepKinematics(NullableDouble(reader, 10), NullableDouble(reader, 11), NullableDouble(reader, 12)));

    private static StoredWink ReadWink(SqliteDataReader reader) => new(
        reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetInt64(1), reader.GetInt32(2),
        reader.GetInt64(3), reader.GetInt64(4), reader.GetDouble(5),
        new WinkOnsetDepth(NullableDouble(reader, 6), NullableDouble(reader, 7)));

    private static AlertKind ParseAlertKind(string text) =>
        Enum.TryParse<AlertKind>(text, ignoreCase: true, out var kind) ? kind : AlertKind.Fault;

    private static DateTimeOffset ParseUtc(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private static string? NullableString(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static double? NullableDouble(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetDouble(ordinal);

    private static List<T> Query<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> read,
        params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(read(reader));
        return rows;
    }
}
