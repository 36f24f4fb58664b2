using System.Text.Json;
using WinkSensor.Host.Storage;

namespace WinkSensor.Host.Export;

/// <summary>
/// Writes one session as CSV or JSON Lines. CSV times are seconds from the session's first device time (time_s,
/// start_s, ...); JSON Lines keeps the device's microseconds (_us) so nothing is rounded away.
/// </summary>
public static class SessionExporter
{
    public static readonly string[] RepColumns =
    [
        "session_id", "set_number", "rep_number", "start_s", "bottom_s", "end_s", "peak_flexion_deg", "wink", "pelvis_only",
        "depth_cm", "mean_concentric_velocity_m_per_s", "peak_concentric_velocity_m_per_s",
        "wink_onset_s", "wink_alarm_s", "wink_magnitude_deg", "wink_onset_depth_cm", "wink_onset_depth_fraction",
        "stance_width_cm", "toe_angle_deg", "heels_raised", "load_kg", "shoes", "set_note",
    ];

    public static readonly string[] SampleColumns = ["session_id", "time_s", "flexion_deg", "phase", "rep_count"];

    public static void WriteCsv(SessionDetail session, IReadOnlyList<LiveAngleSample> samples, ExportTable table, TextWriter writer)
    {
        var csv = new CsvWriter(writer);
        var origin = session.TimeOriginMicroseconds ?? 0;
        double Seconds(long microseconds) => (microseconds - origin) / 1e6;
        var id = session.Summary.Id;
        if (table == ExportTable.Samples)
        {
            csv.Row(SampleColumns);
            foreach (var sample in samples)
                csv.Row(id, Seconds(sample.TimeMicroseconds), sample.FlexionDegrees, sample.Phase.ToString(), sample.RepCount);
            return;
        }
        csv.Row(RepColumns);
        var sets = session.Sets.ToDictionary(s => s.Id);
        foreach (var rep in session.Reps)
        {
            var wink = session.Winks.FirstOrDefault(w => w.RepId == rep.Id);
            var conditions = sets[rep.SetId].Conditions;
            csv.Row(id, rep.SetNumber, rep.RepNumber, Seconds(rep.StartMicroseconds), Seconds(rep.BottomMicroseconds),
                Seconds(rep.EndMicroseconds), rep.PeakFlexionDegrees, rep.Wink, rep.PelvisOnly,
                rep.Kinematics.DepthCentimetres, rep.Kinematics.MeanConcentricVelocityMetresPerSecond,
                rep.Kinematics.PeakConcentricVelocityMetresPerSecond,
                wink is null ? null : Seconds(wink.OnsetMicroseconds), wink is null ? null : Seconds(wink.AlarmMicroseconds),
                wink?.MagnitudeDegrees, wink?.OnsetDepth.Centimetres, wink?.OnsetDepth.FractionOfRepDepth,
                conditions.StanceWidthCentimetres, conditions.ToeAngleDegrees, conditions.HeelsRaised,
                conditions.LoadKilograms, conditions.Shoes, conditions.Note);
        }
    }

    /// <summary>Lines in order: session, calibrations, sets, reps, winks, faults, alerts, samples.</summary>
    public static void WriteJsonLines(SessionDetail session, IReadOnlyList<LiveAngleSample> samples, TextWriter writer)
    {
        var summary = session.Summary;
        var id = summary.Id;
        void Line(object record)
        {
            writer.Write(JsonSerializer.Serialize(record));
            writer.Write('\n');
        }

        Line(new
        {
            type = "session", session_id = id, device_name = summary.Device.Name, device_address = summary.Device.Address,
            firmware_version = summary.Device.FirmwareVersion, started_utc = summary.Start, ended_utc = summary.End,
            complete = summary.Complete, notes = summary.Notes,
        });
        foreach (var time in session.CalibrationMicroseconds)
            Line(new { type = "calibration", session_id = id, time_us = time });
        foreach (var set in session.Sets)
        {
            var c = set.Conditions;
            Line(new
            {
                type = "set", session_id = id, set_number = set.SetNumber, started_by = set.StartedBy.ToString().ToLowerInvariant(),
                stance_width_cm = c.StanceWidthCentimetres, toe_angle_deg = c.ToeAngleDegrees, heels_raised = c.HeelsRaised,
                load_kg = c.LoadKilograms, shoes = c.Shoes, note = c.Note,
            });
        }
        foreach (var rep in session.Reps)
            Line(new
            {
                type = "rep", session_id = id, set_number = rep.SetNumber, rep_number = rep.RepNumber,
                start_us = rep.StartMicroseconds, bottom_us = rep.BottomMicroseconds, end_us = rep.EndMicroseconds,
                peak_flexion_deg = rep.PeakFlexionDegrees, wink = rep.Wink, pelvis_only = rep.PelvisOnly,
                depth_cm = rep.Kinematics.DepthCentimetres,
                mean_concentric_velocity_m_per_s = rep.Kinematics.MeanConcentricVelocityMetresPerSecond,
                peak_concentric_velocity_m_per_s = rep.Kinematics.PeakConcentricVelocityMetresPerSecond,
            });
        foreach (var wink in session.Winks)
            Line(new
            {
                type = "wink", session_id = id, rep_number = wink.RepNumber, alarm_us = wink.AlarmMicroseconds,
                onset_us = wink.OnsetMicroseconds, magnitude_deg = wink.MagnitudeDegrees,
                onset_depth_cm = wink.OnsetDepth.Centimetres, onset_depth_fraction = wink.OnsetDepth.FractionOfRepDepth,
                rep_completed = wink.RepId is not null,
            });
        foreach (var fault in session.Faults)
            Line(new { type = "fault", session_id = id, time_us = fault.TimeMicroseconds, code = (int)fault.Code, name = fault.Code.ToString() });
        foreach (var alert in session.Alerts)
            Line(new { type = "alert", session_id = id, time_us = alert.TimeMicroseconds, kind = alert.Kind.ToString(), message = alert.Message });
        foreach (var sample in samples)
            Line(new
            {
                type = "sample", session_id = id, time_us = sample.TimeMicroseconds, flexion_deg = sample.FlexionDegrees,
                phase = sample.Phase.ToString(), rep_count = sample.RepCount,
            });
    }
}
