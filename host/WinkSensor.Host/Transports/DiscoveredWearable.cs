namespace WinkSensor.Host.Transports;

/// <summary>A wearable seen during discovery.</summary>
/// <param name="Name">Advertised name (or port description for serial); empty when the device gave none.</param>
/// <param name="Address">What <see cref="IWearableTransport.ConnectAsync"/> takes: Bluetooth address
/// "AA:BB:CC:DD:EE:FF", serial port path, or loopback name.</param>
/// <param name="SignalStrengthDbm">Received signal strength in dBm (RSSI); null when unknown or not radio.</param>
/// <param name="Kind">Which transport found it.</param>
public sealed record DiscoveredWearable(string Name, string Address, short? SignalStrengthDbm, TransportKind Kind);
