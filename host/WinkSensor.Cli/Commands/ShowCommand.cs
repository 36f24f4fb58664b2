using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using WinkSensor.Cli.Support;
using WinkSensor.Host.Calibration;
using WinkSensor.Host.Reports;
using WinkSensor.Host.Storage;

namespace WinkSensor.Cli.Commands;

/// <summary>`winksensor show SESSION`: one session's sets and reps, with wink onsets and alarms.</summary>
internal static class ShowCommand
{
    public static Command Create()
    {
        var session = SessionArgumentFactory.Create();
        var command = new Command("show", "Show one session: a table per set and per rep with wink onsets") { session };
        CommandRunner.SetAction(command, context => Show(context, context.ParseResult.GetValue(session)!));
        return command;
    }

    private static int Show(CommandContext context, string sessionText)
    {
        var store = context.OpenStore();
        var archive = new SessionArchive(store);
        var found = context.FindSession(archive, store, sessionText);
        var session = archive.LoadSession(new SessionReference(found.Id))!;
        var summary = session.Summary;
        var origin = session.TimeOriginMicroseconds ?? 0;
        string Seconds(long microseconds) => ((microseconds - origin) / 1e6).ToString("0.00", CultureInfo.InvariantCulture);

        var header = new Grid().AddColumn().AddColumn();
        header.AddRow("[bold]Session[/]", $"{summary.Id} " + (summary.Complete ? "[green](complete)[/]" : "[yellow](incomplete: recording was cut off)[/]"));
        header.AddRow("[bold]Started[/]", summary.Start.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture));
        header.AddRow("[bold]Duration[/]", summary.Duration is { } duration ? TextFormat.Duration(duration) : "–");
        header.AddRow("[bold]Device[/]", Markup.Escape(string.Join(", ",
            new[] { summary.Device.Name, summary.Device.Address, summary.Device.FirmwareVersion is { } f ? "firmware " + f : null }
                .Where(part => !string.IsNullOrEmpty(part))) is { Length: > 0 } device ? device : "unknown"));
        if (CalibrationReminder.State(summary.AccelerometersCalibrated) is { } accelerometers)
            header.AddRow("[bold]Accelerometers[/]", summary.AccelerometersCalibrated == true
                ? accelerometers
                : $"[yellow]{accelerometers}[/]: run `winksensor calibrate` once (docs/calibration.md)");
        if (!string.IsNullOrWhiteSpace(summary.Notes)) header.AddRow("[bold]Notes[/]", Markup.Escape(summary.Notes));
        context.Out.Write(header);
        context.Out.WriteLine();

        if (session.Reps.Count == 0)
        {
            context.Out.MarkupLine("[grey]No reps were recorded in this session.[/]");
            return ExitCodes.Success;
        }

        var sets = new Table().Border(TableBorder.Rounded).Title("Sets")
            .AddColumn(new TableColumn("Set").RightAligned()).AddColumn("Began").AddColumn("Conditions")
            .AddColumn(new TableColumn("Reps").RightAligned()).AddColumn(new TableColumn("With wink").RightAligned())
            .AddColumn(new TableColumn("Mean peak flexion (°)").RightAligned());
        foreach (var set in session.Sets)
        {
            var reps = session.Reps.Where(r => r.SetId == set.Id).ToList();
            var winks = reps.Count(r => r.Wink);
            sets.AddRow(set.SetNumber.ToString(CultureInfo.InvariantCulture), TextFormat.StartReason(set.StartedBy),
                Markup.Escape(TextFormat.Conditions(set.Conditions)), reps.Count.ToString(CultureInfo.InvariantCulture),
                (winks > 0 ? "[red]" : "[green]") + winks + "[/]",
                reps.Count > 0 ? reps.Average(r => r.PeakFlexionDegrees).ToString("0.0", CultureInfo.InvariantCulture) : "–");
        }
        context.Out.Write(sets);

        var repTable = new Table().Border(TableBorder.Rounded).Title("Reps (times in s from the session's start)")
            .AddColumn(new TableColumn("Set").RightAligned()).AddColumn(new TableColumn("Rep").RightAligned())
            .AddColumn(new TableColumn("Start").RightAligned()).AddColumn(new TableColumn("Bottom").RightAligned())
            .AddColumn(new TableColumn("End").RightAligned()).AddColumn(new TableColumn("Peak flexion (°)").RightAligned())
            .AddColumn(new TableColumn("Depth (cm)").RightAligned()).AddColumn("Wink")
            .AddColumn(new TableColumn("Onset").RightAligned()).AddColumn(new TableColumn("Onset depth (cm)").RightAligned())
            .AddColumn(new TableColumn("Alarm").RightAligned()).AddColumn(new TableColumn("Rise (°)").RightAligned());
        foreach (var rep in session.Reps)
        {
            var wink = session.Winks.FirstOrDefault(w => w.RepId == rep.Id);
            repTable.AddRow(
                rep.SetNumber.ToString(CultureInfo.InvariantCulture),
                rep.RepNumber.ToString(CultureInfo.InvariantCulture),
                Seconds(rep.StartMicroseconds), Seconds(rep.BottomMicroseconds), Seconds(rep.EndMicroseconds),
                rep.PeakFlexionDegrees.ToString("0.0", CultureInfo.InvariantCulture) + (rep.PelvisOnly ? " [grey](pelvis only)[/]" : ""),
                rep.Kinematics.DepthCentimetres?.ToString("0", CultureInfo.InvariantCulture) ?? "–",
                rep.Wink ? "[red]WINK[/]" : "[green]clean[/]",
                wink is null ? "–" : Seconds(wink.OnsetMicroseconds),
                wink?.OnsetDepth.Centimetres?.ToString("0", CultureInfo.InvariantCulture) ?? "–",
                wink is null ? "–" : Seconds(wink.AlarmMicroseconds),
                wink?.MagnitudeDegrees.ToString("0.0", CultureInfo.InvariantCulture) ?? "–");
        }
        context.Out.Write(repTable);

        var orphanWinks = session.Winks.Count(w => w.RepId is null);
        if (orphanWinks > 0)
            context.Out.MarkupLine($"[yellow]{orphanWinks} wink(s) in a rep that never completed (recording cut off).[/]");
        foreach (var fault in session.Faults)
            context.Out.MarkupLine($"[yellow]Fault at {Seconds(fault.TimeMicroseconds)} s:[/] {Markup.Escape(TextFormat.Fault(fault.Code))}");
        return ExitCodes.Success;
    }
}
