using Microsoft.Data.Sqlite;

namespace WinkSensor.Host.Storage;

/// <summary>The recorder's prepared insert statements for one session.</summary>
internal sealed class SessionStatements : IDisposable
{
    public SessionStatements(SqliteConnection connection, long sessionId)
    {
        PreparedStatement Make(string sql, int parameterCount) => new(connection, sessionId, sql, parameterCount);

        InsertCalibration = Make("INSERT INTO calibrations (session_id, time_us) VALUES ($session, $1);", 1);
        InsertSet = Make("""
            INSERT INTO sets (session_id, set_number, started_by, stance_width_cm, toe_angle_deg, heels_raised, load_kg, shoes, note)
            VALUES ($session, $1, $2, $3, $4, $5, $6, $7, $8) RETURNING id;
            """, 8);
        InsertRep = Make("""
            INSERT INTO reps (session_id, set_id, rep_number, start_us, bottom_us, end_us, peak_flexion_deg, wink, pelvis_only,
                              depth_cm, mean_concentric_velocity_m_per_s, peak_concentric_velocity_m_per_s)
            VALUES ($session, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id;
            """, 11);
        LinkWinksToRep = Make(
            "UPDATE winks SET rep_id = $1 WHERE session_id = $session AND rep_id IS NULL AND rep_number = $2;", 2);
        InsertWink = Make("""
            INSERT INTO winks (session_id, rep_number, alarm_us, onset_us, magnitude_deg, onset_depth_cm, onset_depth_fraction)
            VALUES ($session, $1, $2, $3, $4, $5, $6);
            """, 6);
        // RepMetrics arrive after their rep: they complete the newest rep (and wink) of that number in the session.
        UpdateRepMetrics = Make("""
            UPDATE reps SET depth_cm = $2, mean_concentric_velocity_m_per_s = $3, peak_concentric_velocity_m_per_s = $4
            WHERE id = (SELECT max(id) FROM reps WHERE session_id = $session AND rep_number = $1);
            """, 4);
        UpdateWinkOnsetDepth = Make("""
            UPDATE winks SET onset_depth_cm = $2, onset_depth_fraction = $3
            WHERE id = (SELECT max(id) FROM winks WHERE session_id = $session AND rep_number = $1);
            """, 3);
        InsertConfigurationChange = Make("""
            INSERT INTO configuration_changes (session_id, time_us, wink_threshold_deg, buzz_enabled, wink_pattern,
                                               idle_sleep_min, live_angle_rate_hz)
            VALUES ($session, $1, $2, $3, $4, $5, $6);
            """, 6);
        InsertFault = Make("INSERT INTO faults (session_id, time_us, code) VALUES ($session, $1, $2);", 2);
        InsertLiveAngle = Make("""
            INSERT INTO live_angles (session_id, time_us, flexion_deg, phase, rep_count) VALUES ($session, $1, $2, $3, $4);
            """, 4);
        InsertRawFrame = Make("INSERT INTO raw_frames (session_id, time_us, frame) VALUES ($session, $1, $2);", 2);
        InsertAlert = Make("INSERT INTO alerts (session_id, time_us, kind, message) VALUES ($session, $1, $2, $3);", 3);
        NoteAccelerometersCalibrated = Make("UPDATE sessions SET accelerometers_calibrated = $1 WHERE id = $session;", 1);
        TouchEnd = Make("UPDATE sessions SET ended_utc = $1 WHERE id = $session AND complete = 0;", 1);
        MarkComplete = Make(
            "UPDATE sessions SET ended_utc = $1, complete = 1, notes = coalesce($2, notes) WHERE id = $session;", 2);
    }

    public PreparedStatement InsertCalibration { get; }
    public PreparedStatement InsertSet { get; }
    public PreparedStatement InsertRep { get; }
    public PreparedStatement LinkWinksToRep { get; }
    public PreparedStatement InsertWink { get; }
    public PreparedStatement UpdateRepMetrics { get; }
    public PreparedStatement UpdateWinkOnsetDepth { get; }
    public PreparedStatement InsertConfigurationChange { get; }
    public PreparedStatement InsertFault { get; }
    public PreparedStatement InsertLiveAngle { get; }
    public PreparedStatement InsertRawFrame { get; }
    public PreparedStatement InsertAlert { get; }
    public PreparedStatement NoteAccelerometersCalibrated { get; }
    public PreparedStatement TouchEnd { get; }
    public PreparedStatement MarkComplete { get; }

    public void Dispose()
    {
        foreach (var statement in new[]
                 {
                     InsertCalibration, InsertSet, InsertRep, LinkWinksToRep, InsertWink, UpdateRepMetrics,
                     UpdateWinkOnsetDepth, InsertConfigurationChange, InsertFault, InsertLiveAngle, InsertRawFrame,
                     InsertAlert, NoteAccelerometersCalibrated, TouchEnd, MarkComplete,
                 })
            statement.Dispose();
    }
}
