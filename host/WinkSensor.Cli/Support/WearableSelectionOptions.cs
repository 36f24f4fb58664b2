using System.CommandLine;

namespace WinkSensor.Cli.Support;

/// <summary>The options that pick a wearable, shared by the commands that talk to one: --transport, --simulate, --device, --port.</summary>
internal sealed class WearableSelectionOptions
{
    public WearableSelectionOptions(string simulateDescription)
    {
        Transport = new Option<string>("--transport", "-t")
        {
            Description = "ble (Bluetooth LE through BlueZ, default), serial (USB cable) or loopback (the virtual wearable)",
            DefaultValueFactory = _ => WearableTransportChoice.Bluetooth,
        };
        Transport.AcceptOnlyFromAmong(WearableTransportChoice.Names);
        Simulate = new Option<bool>("--simulate") { Description = simulateDescription };
        Device = new Option<string?>("--device", "-d") { Description = "Bluetooth address (AA:BB:CC:DD:EE:FF) or port; default: the only wearable a scan finds" };
        Port = new Option<string?>("--port") { Description = "Serial port of the wearable (/dev/ttyUSB0, COM3)" };
    }

    public Option<string> Transport { get; }
    public Option<bool> Simulate { get; }
    public Option<string?> Device { get; }
    public Option<string?> Port { get; }

    public void AddTo(Command command)
    {
        command.Options.Add(Transport);
        command.Options.Add(Simulate);
        command.Options.Add(Device);
        command.Options.Add(Port);
    }

    /// <summary>The transport's name (--simulate means loopback) and the address given, if any.</summary>
    public (string TransportName, string? Address) Read(ParseResult parse) => (
        parse.GetValue(Simulate) ? WearableTransportChoice.Loopback : parse.GetValue(Transport)!,
        parse.GetValue(Port) ?? parse.GetValue(Device));
}
