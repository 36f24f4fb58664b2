using WinkSensor.Core.Sensors;

namespace WinkSensor.Host.Recordings;

/// <summary>One row of a raw recording: time and the two sensors' samples (g, deg/s, MPU-6050 axes).</summary>
public readonly record struct RawRecordingRow(
    int LineNumber,
    double TimeSeconds,
    long TimeMicroseconds,
    ImuSample Sacrum,
    ImuSample Thoracolumbar,
    bool ThoracolumbarPresent);

/// <summary>A whole raw recording, validated.</summary>
public sealed class RawRecording(string source, bool hasThoracolumbarColumns, IReadOnlyList<RawRecordingRow> rows)
{
    public string Source { get; } = source;

    /// <summary>False when the file has no tl_* columns (pelvis-only recording).</summary>
    public bool HasThoracolumbarColumns { get; } = hasThoracolumbarColumns;

    public IReadOnlyList<RawRecordingRow> Rows { get; } = rows;
}
