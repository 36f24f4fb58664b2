using System.CommandLine;
using System.Globalization;
using System.Text;
using Spectre.Console;
using WinkSensor.Cli.Support;
using WinkSensor.Host.Reports;
using WinkSensor.Host.Storage;

namespace WinkSensor.Cli.Commands;

/// <summary>`winksensor report SESSION [--out FILE]`: one self-contained HTML file with the session's charts.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var session = SessionArgumentFactory.Create();
        var output = new Option<string?>("--out", "-o")
        {
            Description = "HTML file to write (default: winksensor-session-ID.html in the current directory)",
        };
        var command = new Command("report", "Write a self-contained HTML report: flexion per rep with wink onsets and alarms, sets, trend")
        {
            session, output,
        };
        CommandRunner.SetAction(command, context =>
            Report(context, context.ParseResult.GetValue(session)!, context.ParseResult.GetValue(output)));
        return command;
    }

    private static int Report(CommandContext context, string sessionText, string? outputPath)
    {
        var store = context.OpenStore();
        var archive = new SessionArchive(store);
        var found = context.FindSession(archive, store, sessionText);
        var path = Path.GetFullPath(outputPath ?? string.Create(CultureInfo.InvariantCulture, $"winksensor-session-{found.Id}.html"));
        if (Directory.Exists(path)) throw new UsageException($"{path} is a directory; give a file name for the report.");

        ProgressSteps.Run(context.Error, step =>
        {
            step("Reading the session");
            var session = archive.LoadSession(new SessionReference(found.Id))!;
            step("Reading live angles");
            var samples = archive.ReadLiveAngles(found.Id);
            step("Reading the trend across sessions");
            var trend = archive.ReadTrend();
            step("Drawing charts");
            var html = SessionReportBuilder.Build(session, samples, trend, DateTimeOffset.UtcNow, archive.ReadSetTrend());
            step("Writing " + Path.GetFileName(path));
            var directory = Path.GetDirectoryName(path);
            if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
            File.WriteAllText(path, html, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return 0;
        });
        context.Out.MarkupLine($"Report for session {found.Id} written to [blue]{Markup.Escape(path)}[/]");
        return ExitCodes.Success;
    }
}
