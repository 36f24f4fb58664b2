using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using WinkSensor.Cli.Support;
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
                session.Complete ? "[green]yes[/]" : "[yellow]no (cut off)[/]",
                Markup.Escape(session.Device.Name ?? session.Device.Address ?? "–"));
        }
        context.Out.Write(table);
        context.Out.MarkupLine($"[grey]{sessions.Count} session(s) in {Markup.Escape(store.FilePath)}[/]");
        return ExitCodes.Success;
    }
}
