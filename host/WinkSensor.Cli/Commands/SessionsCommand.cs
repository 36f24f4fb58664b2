using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using WinkSensor.Cli.Support;
using WinkSensor.Host.Calibration;
using WinkSensor.Host.Reports;
using WinkSensor.Host.Storage;

namespace WinkSensor.Cli.Commands;

/// <summary>`winksensor sessions`: every recorded session, oldest first.</summary>
internal static class SessionsCommand
{
    public static Command Create()
    {
        var command = new Command("sessions", "List recorded sessions: id, date, duration, sets, reps, winks, complete");
        CommandRunner.SetAction(command, List);
        return command;
    }

    /// <summary>A recorder commits at least every second, so an incomplete session written to in the last
    /// <see cref="RecentWriteSeconds"/> is most likely still being recorded rather than cut off.</summary>
    private const double RecentWriteSeconds = 10;

    private static string Completeness(SessionSummary session)
    {
        if (session.Complete) return "[green]yes[/]";
        var sinceLastWrite = DateTimeOffset.UtcNow - (session.End ?? session.Start);
        return sinceLastWrite.TotalSeconds is >= 0 and < RecentWriteSeconds ? "[blue]recording now[/]" : "[yellow]no (cut off)[/]";
    }

    private static int List(CommandContext context)
    {
        var store = context.OpenStore();
        var sessions = new SessionArchive(store).ListSessions();
        if (sessions.Count == 0)
        {
            context.Out.MarkupLine($"No sessions recorded yet in [blue]{Markup.Escape(store.FilePath)}[/].");
            return ExitCodes.Success;
        }
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(new TableColumn("Id").RightAligned())
            .AddColumn("Date (UTC)")
            .AddColumn(new TableColumn("Duration").RightAligned())
            .AddColumn(new TableColumn("Sets").RightAligned())
            .AddColumn(new TableColumn("Reps").RightAligned())
            .AddColumn(new TableColumn("Winks").RightAligned())
            .AddColumn("Complete")
            .AddColumn("Device");
        foreach (var session in sessions)
        {
            var winkShare = session.RepCount > 0
                ? string.Create(CultureInfo.InvariantCulture, $" ({100.0 * session.WinkRepCount / session.RepCount:0}%)")
                : "";
            table.AddRow(
                session.Id.ToString(CultureInfo.InvariantCulture),
                session.Start.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                session.Duration is { } duration ? TextFormat.Duration(duration) : "–",
                session.SetCount.ToString(CultureInfo.InvariantCulture),
                session.RepCount.ToString(CultureInfo.InvariantCulture),
                (session.WinkRepCount > 0 ? "[red]" : "[green]") + session.WinkRepCount + Markup.Escape(winkShare) + "[/]",
                Completeness(session),
                Markup.Escape(session.Device.Name ?? session.Device.Address ?? "–"));
        }
        context.Out.Write(table);
        context.Out.MarkupLine($"[grey]{sessions.Count} session(s) in {Markup.Escape(store.FilePath)}[/]");
        if (sessions.LastOrDefault(s => s.AccelerometersCalibrated is not null) is { AccelerometersCalibrated: false } latest)
            context.Out.MarkupLine($"[yellow]Session {latest.Id}: {Markup.Escape(CalibrationReminder.Advice)}[/]");
        return ExitCodes.Success;
    }
}
