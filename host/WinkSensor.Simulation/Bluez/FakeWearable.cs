using WinkSensor.Host.Transports;

namespace WinkSensor.Simulation.Bluez;

/// <summary>A Bluetooth LE peripheral the <see cref="FakeBluez"/> pretends to see and connect to.</summary>
public sealed class FakeWearable(string address, IWearableDeviceModel model)
{
    /// <summary>Bluetooth address "AA:BB:CC:DD:EE:FF".</summary>
    public string Address { get; } = address.ToUpperInvariant();

    /// <summary>Decides what the device does with writes and reads.</summary>
    public IWearableDeviceModel Model { get; } = model;

    /// <summary>Advertised local name. Default "WinkSensor".</summary>
    public string Name { get; init; } = "WinkSensor";

    /// <summary>Signal strength reported while discovering, in dBm. Default −58.</summary>
    public short SignalStrengthDbm { get; init; } = -58;

    /// <summary>Service UUIDs in the advertisement (what the discovery filter matches). Default: the WinkSensor service.</summary>
    public IReadOnlyList<string> AdvertisedServiceUuids { get; init; } = [WearableGattProfile.ServiceUuid];

    /// <summary>UUID of the primary service in its GATT table; set another one to play wrong firmware.</summary>
    public string GattServiceUuid { get; init; } = WearableGattProfile.ServiceUuid;

    /// <summary>ATT MTU negotiated on connection, in bytes. Default 247 (ESP32 NimBLE's usual value).</summary>
    public ushort AttMtu { get; init; } = 247;

    /// <summary>When true every GATT access fails like an unpaired encrypted device (BlueZ: NotPermitted "Not paired").</summary>
    public bool RequiresPairing { get; init; }

    /// <summary>When true Device1.Connect fails like a device that stopped answering (BlueZ: Failed "le-connection-abort-by-local").</summary>
    public bool RefusesConnection { get; init; }

    /// <summary>When true BlueZ already has the device object at start (a device seen or paired earlier),
    /// so it is in GetManagedObjects without discovery.</summary>
    public bool KnownBeforeStart { get; init; }
}
