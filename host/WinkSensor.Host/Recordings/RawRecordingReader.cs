using System.Globalization;
using WinkSensor.Core.Numerics;
using WinkSensor.Core.Sensors;

namespace WinkSensor.Host.Recordings;

/// <summary>
/// Reads the raw recording CSV: a header row; `t` in s; `sacrum_ax,sacrum_ay,sacrum_az` in g and
/// `sacrum_gx,sacrum_gy,sacrum_gz` in deg/s; optionally `tl_ax` .. `tl_gz` likewise for the thoracolumbar sensor
/// (all six cells of a row empty or `nan` = the sensor dropped out in that row); other columns are ignored.
/// Every problem is reported as a RecordingFormatException naming the line: missing columns, short rows,
/// non-numeric or non-finite cells, time not increasing, gaps longer than GapFactor sample periods.
/// </summary>
public static class RawRecordingReader
{
    public static readonly string[] SacrumColumns = ["sacrum_ax", "sacrum_ay", "sacrum_az", "sacrum_gx", "sacrum_gy", "sacrum_gz"];
    public static readonly string[] ThoracolumbarColumns = ["tl_ax", "tl_ay", "tl_az", "tl_gx", "tl_gy", "tl_gz"];

    /// <summary>A step longer than this many times the first sample period is a gap. Three tolerates one lost sample.</summary>
    public const double GapFactor = 3.0;

    public static RawRecording ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, path, reader.BaseStream.Length);
    }

    public static RawRecording Read(TextReader reader, string source) => Read(reader, source, lengthInBytes: 0);

    /// <param name="lengthInBytes">The file's length when known (0 = unknown): sizes the row list from the first row.</param>
    private static RawRecording Read(TextReader reader, string source, long lengthInBytes)
    {
        var lines = new TextLineBuffer(reader);
        if (!lines.TryReadLine(out ReadOnlySpan<char> headerLine))
            throw new RecordingFormatException(source, 1, "the file is empty (expected a header row)");
        string[] names = headerLine.ToString().Split(',').Select(n => n.Trim()).ToArray();
        int timeIndex = RequireColumn(names, "t", source);
        int[] sacrumIndices = SacrumColumns.Select(c => RequireColumn(names, c, source)).ToArray();
        bool anyThoracolumbar = ThoracolumbarColumns.Any(c => Array.IndexOf(names, c) >= 0);
        int[]? thoracolumbarIndices = anyThoracolumbar ? ThoracolumbarColumns.Select(c => RequireColumn(names, c, source)).ToArray() : null;

        var rows = new List<RawRecordingRow>();
        // One more than the header: a row with extra cells fills the last range with the rest of the line.
        var cells = new Range[names.Length + 1];
        double previousTime = double.NaN;
        double nominalPeriod = double.NaN;
        int lineNumber = 1;
        while (lines.TryReadLine(out ReadOnlySpan<char> line))
        {
            lineNumber++;
            if (line.Length == 0 && lines.AtEnd) break; // tolerate one trailing empty line
            int cellCount = line.Split(cells, ',');
            if (cellCount < names.Length)
                throw new RecordingFormatException(source, lineNumber, $"expected {names.Length} cells as in the header, found {cellCount}");

            double time = ParseNumber(line, cells, timeIndex, names, source, lineNumber);
            if (!double.IsNaN(previousTime))
            {
                double step = time - previousTime;
                if (step <= 0)
                    throw new RecordingFormatException(source, lineNumber,
                        $"time does not increase ({Format(time)} s after {Format(previousTime)} s)");
                if (double.IsNaN(nominalPeriod)) nominalPeriod = step;
                else if (step > GapFactor * nominalPeriod)
                    throw new RecordingFormatException(source, lineNumber,
                        $"gap in time of {Format(step)} s after {Format(previousTime)} s (sample period {Format(nominalPeriod)} s)");
            }
            previousTime = time;

            ImuSample sacrum = ParseSample(line, cells, sacrumIndices, names, source, lineNumber);
            ImuSample thoracolumbar = default;
            bool thoracolumbarPresent = false;
            if (thoracolumbarIndices != null)
            {
                int missing = 0;
                foreach (int index in thoracolumbarIndices)
                    if (IsMissing(line[cells[index]])) missing++;
                if (missing == thoracolumbarIndices.Length) thoracolumbarPresent = false;
                else if (missing > 0)
                    throw new RecordingFormatException(source, lineNumber,
                        "thoracolumbar cells are partly empty (a dropped-out sensor leaves all six tl_* cells empty)");
                else
                {
                    thoracolumbar = ParseSample(line, cells, thoracolumbarIndices, names, source, lineNumber);
                    thoracolumbarPresent = true;
                }
            }
            if (rows.Count == 0 && lengthInBytes > 0)
                rows.Capacity = (int)Math.Min(Array.MaxLength / 2, lengthInBytes / (line.Length + 1) * 11 / 10 + 16);
            rows.Add(new RawRecordingRow(lineNumber, time, (long)Math.Round(time * 1e6), sacrum, thoracolumbar, thoracolumbarPresent));
        }
        if (rows.Count == 0) throw new RecordingFormatException(source, lineNumber, "no samples after the header row");
        return new RawRecording(source, anyThoracolumbar, rows);
    }

    private static int RequireColumn(string[] names, string column, string source)
    {
        int index = Array.IndexOf(names, column);
        if (index < 0) throw new RecordingFormatException(source, 1, $"missing column '{column}' in the header");
        return index;
    }

    private static bool IsMissing(ReadOnlySpan<char> cell)
    {
        ReadOnlySpan<char> trimmed = cell.Trim();
        return trimmed.Length == 0 || trimmed.Equals("nan", StringComparison.OrdinalIgnoreCase);
    }

    private static ImuSample ParseSample(ReadOnlySpan<char> line, Range[] cells, int[] indices, string[] names, string source, int lineNumber)
    {
        float ax = (float)ParseNumber(line, cells, indices[0], names, source, lineNumber);
        float ay = (float)ParseNumber(line, cells, indices[1], names, source, lineNumber);
        float az = (float)ParseNumber(line, cells, indices[2], names, source, lineNumber);
        float gx = (float)ParseNumber(line, cells, indices[3], names, source, lineNumber);
        float gy = (float)ParseNumber(line, cells, indices[4], names, source, lineNumber);
        float gz = (float)ParseNumber(line, cells, indices[5], names, source, lineNumber);
        return new ImuSample(new Vector3(ax, ay, az), new Vector3(gx, gy, gz));
    }

    private static double ParseNumber(ReadOnlySpan<char> line, Range[] cells, int index, string[] names, string source, int lineNumber)
    {
        ReadOnlySpan<char> cell = line[cells[index]].Trim();
        if (!InvariantDecimal.TryParse(cell, out double value) || !double.IsFinite(value))
            throw new RecordingFormatException(source, lineNumber, $"column '{names[index]}': '{cell}' is not a finite number");
        return value;
    }

    private static string Format(double seconds) => seconds.ToString("0.######", CultureInfo.InvariantCulture);
}
