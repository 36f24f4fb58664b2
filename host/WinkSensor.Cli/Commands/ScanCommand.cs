using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using WinkSensor.Cli.Support;
using WinkSensor.Host.Transports;

namespace WinkSensor.Cli.Commands;

/// <summary>`winksensor scan [--transport ble|serial|loopback] [--seconds S]`: lists the wearables in reach.</summary>
internal static class ScanCommand
{
    public static Command Create()
    {
        var transport = new Option<string>("--transport", "-t")
        {
            Description = "ble (Bluetooth LE through BlueZ, default), serial (USB ports) or loopback (the virtual wearable)",
            DefaultValueFactory = _ => WearableTransportChoice.Bluetooth,
        };
        transport.AcceptOnlyFromAmong(WearableTransportChoice.Names);
        var seconds = new Option<double>("--seconds") { Description = "How long to scan, s (default 5)", DefaultValueFactory = _ => 5 };
        var command = new Command("scan", "List the wearables in reach") { transport, seconds };
        CommandRunner.SetAction(command, context => Run(context, context.ParseResult.GetValue(transport)!, context.ParseResult.GetValue(seconds)));
        return command;
    }

    private static int Run(CommandContext context, string transportName, double seconds)
    {
        if (!(seconds is > 0 and <= 120)) throw new UsageException("--seconds must be above 0 and at most 120.");
        try
        {
            return ScanAsync(context, transportName, seconds).GetAwaiter().GetResult();
        }
        catch (WearableTransportException problem)
        {
            context.Error.MarkupLine($"[red]error:[/] {Markup.Escape(problem.Message)}");
            return ExitCodes.Usage;
        }
    }

    private static async Task<int> ScanAsync(CommandContext context, string transportName, double seconds)
    {
        await using var choice = WearableTransportChoice.Create(transportName);
        var found = await choice.Transport.DiscoverAsync(TimeSpan.FromSeconds(seconds));
        if (found.Count == 0)
        {
            context.Out.MarkupLine("No wearables found. Is it switched on and in reach (Bluetooth), or plugged in (serial)?");
            return ExitCodes.Success;
        }
        var table = new Table().AddColumns("Name", "Address", "Signal (dBm)", "Transport");
        foreach (var wearable in found)
            table.AddRow(Markup.Escape(wearable.Name), Markup.Escape(wearable.Address),
                wearable.SignalStrengthDbm?.ToString(CultureInfo.InvariantCulture) ?? "-", wearable.Kind.ToString());
        context.Out.Write(table);
        return ExitCodes.Success;
    }
}
