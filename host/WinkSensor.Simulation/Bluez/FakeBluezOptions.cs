namespace WinkSensor.Simulation.Bluez;

/// <summary>How the fake Bluetooth stack starts.</summary>
public sealed class FakeBluezOptions
{
    /// <summary>Whether an adapter exists at all. Default true; false plays a PC without Bluetooth.</summary>
    public bool HasAdapter { get; init; } = true;

    /// <summary>Adapter name under /org/bluez. Default "hci0".</summary>
    public string AdapterName { get; init; } = "hci0";

    /// <summary>Whether the adapter starts switched on. Default true.</summary>
    public bool AdapterPowered { get; init; } = true;

    /// <summary>The adapter's own address. Default "00:1A:7D:DA:71:13".</summary>
    public string AdapterAddress { get; init; } = "00:1A:7D:DA:71:13";
}
