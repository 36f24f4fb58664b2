namespace WinkSensor.Simulation.Bluez;

/// <summary>The names the fake exports, spelled out here rather than borrowed from the client under test,
/// so a typo in the client's constants cannot cancel out in the tests.</summary>
internal static class BluezNamesForFake
{
    public const string Service = "org.bluez";
    public const string Adapter = "org.bluez.Adapter1";
    public const string Device = "org.bluez.Device1";
    public const string GattService = "org.bluez.GattService1";
    public const string GattCharacteristic = "org.bluez.GattCharacteristic1";
    public const string ObjectManager = "org.freedesktop.DBus.ObjectManager";
    public const string Properties = "org.freedesktop.DBus.Properties";
    public const string Introspectable = "org.freedesktop.DBus.Introspectable";
}
