namespace WinkSensor.Host.Recordings;

/// <summary>A recording file that does not follow its format; the message names the file and line.</summary>
public sealed class RecordingFormatException(string source, int lineNumber, string problem)
    : Exception($"{source}, line {lineNumber}: {problem}")
{
    public string FileName { get; } = source;
    public int LineNumber { get; } = lineNumber;
    public string Problem { get; } = problem;
}
