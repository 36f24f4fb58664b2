namespace WinkSensor.Host.Export;

public enum ExportFormat
{
    /// <summary>Comma-separated values, one table (reps or live-angle samples), for spreadsheets.</summary>
    Csv,
    /// <summary>JSON Lines: every record of the session, one JSON object per line with a "type" field.</summary>
    JsonLines,
}
