namespace WinkSensor.Host.Transports.Bluez;

/// <summary>Settings for <see cref="BluezWearableTransport"/>.</summary>
public sealed class BluezTransportOptions
{
    /// <summary>D-Bus address of the bus BlueZ is on. Default null: the system bus
    /// (unix:path=/var/run/dbus/system_bus_socket, or DBUS_SYSTEM_BUS_ADDRESS when set).</summary>
    public string? BusAddress { get; init; }

    /// <summary>Adapter name such as "hci0"; default null picks the first adapter BlueZ lists.</summary>
    public string? AdapterName { get; init; }

    /// <summary>How long connect scans for a device BlueZ does not know yet. Default 10 s.</summary>
    public TimeSpan ConnectScanTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long to wait for ServicesResolved after Device1.Connect. Default 20 s (first connection
    /// to an unknown device runs a full GATT discovery).</summary>
    public TimeSpan ServicesResolvedTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Service UUID the scan filters on and the connection looks for. Default <see cref="WearableGattProfile.ServiceUuid"/>.</summary>
    public string ServiceUuid { get; init; } = WearableGattProfile.ServiceUuid;
}
