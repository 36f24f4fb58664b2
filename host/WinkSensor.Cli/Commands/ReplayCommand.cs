using System.CommandLine;
using System.Globalization;
using WinkSensor.Host.Recordings;
using WinkSensor.Host.Replay;

namespace WinkSensor.Cli.Commands;

/// <summary>`winksensor replay raw.csv [--samples out.csv] [--events out.jsonl]`: the device runtime over a recording.</summary>
public static class ReplayCommand
{
    /// <summary>Exit code for a recording that does not follow the raw format (or cannot be read).</summary>
    public const int BadInputExitCode = 2;

    /// <summary>Exit code when an output file cannot be written.</summary>
    public const int OutputFailedExitCode = 1;

    public static Command Create()
    {
        var raw = new Argument<FileInfo>("raw") { Description = "Raw recording CSV (t, sacrum_* and optional tl_* columns)." };
        var samples = new Option<FileInfo?>("--samples") { Description = "Write one row per input row: up vectors, flexion_deg, phase." };
        var events = new Option<FileInfo?>("--events") { Description = "Write calibrated, rep and wink events as JSON lines." };
        var command = new Command("replay", "Run the device logic over a raw recording, exactly as the wearable would.");
        command.Arguments.Add(raw);
        command.Options.Add(samples);
        command.Options.Add(events);
        command.SetAction(parse => Run(parse.GetValue(raw)!, parse.GetValue(samples), parse.GetValue(events), Console.Out, Console.Error));
        return command;
    }

    public static int Run(FileInfo raw, FileInfo? samplesFile, FileInfo? eventsFile, TextWriter output, TextWriter error)
    {
        RawRecording recording;
        try
        {
            recording = RawRecordingReader.ReadFile(raw.FullName);
        }
        catch (RecordingFormatException problem)
        {
            error.WriteLine("error: " + problem.Message);
            return BadInputExitCode;
        }
        catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: cannot read {raw.FullName}: {problem.Message}");
            return BadInputExitCode;
        }

        ReplayResult result = ReplayRunner.Run(recording);

        try
        {
            if (samplesFile != null)
                using (var writer = new StreamWriter(samplesFile.FullName)) SamplesCsvWriter.Write(writer, result.Samples);
            if (eventsFile != null)
                using (var writer = new StreamWriter(eventsFile.FullName)) EventsJsonlWriter.Write(writer, result.Events);
        }
        catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: cannot write output: {problem.Message}");
            return OutputFailedExitCode;
        }

        var inv = CultureInfo.InvariantCulture;
        string mode = recording.HasThoracolumbarColumns ? "two sensors" : "pelvis only (no tl_* columns)";
        output.WriteLine($"{raw.Name}: {recording.Rows.Count} samples, {recording.Rows[^1].TimeSeconds.ToString("F2", inv)} s, {mode}");
        output.WriteLine(result.CalibrationSeconds is { } calibrated
            ? $"calibrated at {calibrated.ToString("F2", inv)} s"
            : "not calibrated (no still stand of 2 s found)");
        output.WriteLine($"reps: {result.RepCount}, winks: {result.WinkCount}");
        foreach (var fault in result.Events.OfType<FaultEvent>())
            output.WriteLine($"fault at {fault.TimeSeconds.ToString("F2", inv)} s: {fault.Code}");
        return 0;
    }
}
