using System.CommandLine;
using System.Text;
using Spectre.Console;
using WinkSensor.Cli.Support;
using WinkSensor.Host.Export;
using WinkSensor.Host.Storage;

namespace WinkSensor.Cli.Commands;

/// <summary>`winksensor export SESSION --format csv|jsonl [--table reps|samples] [--out PATH]`.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var session = SessionArgumentFactory.Create();
        var format = new Option<string>("--format", "-f")
        {
            Description = "csv (one table, for spreadsheets) or jsonl (every record, one JSON object per line)",
            Required = true,
        };
        var table = new Option<string>("--table")
        {
            Description = "For csv: reps (one row per rep with its wink and set conditions) or samples (live angles)",
            DefaultValueFactory = _ => "reps",
        };
        var output = new Option<string?>("--out", "-o") { Description = "File to write (default: standard output)" };
        var command = new Command("export", "Export one session as CSV or JSON Lines") { session, format, table, output };
        CommandRunner.SetAction(command, context => Export(context,
            context.ParseResult.GetValue(session)!, context.ParseResult.GetValue(format)!,
            context.ParseResult.GetValue(table)!, context.ParseResult.GetValue(output)));
        return command;
    }

    private static int Export(CommandContext context, string sessionText, string formatText, string tableText, string? outputPath)
    {
        var format = formatText.Trim().ToLowerInvariant() switch
        {
            "csv" => ExportFormat.Csv,
            "jsonl" => ExportFormat.JsonLines,
            _ => throw new UsageException($"Unknown export format '{formatText}': use csv or jsonl."),
        };
        var table = tableText.Trim().ToLowerInvariant() switch
        {
            "reps" => ExportTable.Reps,
            "samples" => ExportTable.Samples,
            _ => throw new UsageException($"Unknown table '{tableText}': use reps or samples."),
        };
        var store = context.OpenStore();
        var archive = new SessionArchive(store);
        var found = context.FindSession(archive, store, sessionText);
        var fullPath = outputPath is null ? null : Path.GetFullPath(outputPath);
        if (fullPath is not null && Directory.Exists(fullPath))
            throw new UsageException($"{fullPath} is a directory; give a file name to export to.");

        ProgressSteps.Run(context.Error, step =>
        {
            step("Reading the session");
            var session = archive.LoadSession(new SessionReference(found.Id))!;
            var needsSamples = format == ExportFormat.JsonLines || table == ExportTable.Samples;
            step(needsSamples ? "Reading live angles" : "Preparing");
            IReadOnlyList<LiveAngleSample> samples = needsSamples ? archive.ReadLiveAngles(found.Id) : [];
            step("Writing");
            if (fullPath is null)
            {
                Write(session, samples, format, table, context.OutWriter);
                context.OutWriter.Flush();
            }
            else
            {
                var directory = Path.GetDirectoryName(fullPath);
                if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
                using var writer = new StreamWriter(fullPath, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                Write(session, samples, format, table, writer);
            }
            return 0;
        });
        if (fullPath is not null)
            context.Error.MarkupLine($"Session {found.Id} exported to [blue]{Markup.Escape(fullPath)}[/]");
        return ExitCodes.Success;
    }

    private static void Write(SessionDetail session, IReadOnlyList<LiveAngleSample> samples, ExportFormat format,
        ExportTable table, TextWriter writer)
    {
        if (format == ExportFormat.Csv) SessionExporter.WriteCsv(session, samples, table, writer);
        else SessionExporter.WriteJsonLines(session, samples, writer);
    }
}
