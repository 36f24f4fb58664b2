using InTheHand.Bluetooth;

namespace WinkSensor.Host.Transports.InTheHand;

/// <summary>
/// Bluetooth LE on Windows (WinRT backend; build for net10.0-windows10.0.19041.0) and Apple platforms through
/// InTheHand.BluetoothLE. Compiled only with <c>-p:EnableInTheHandBluetooth=true</c> because the package is not
/// served to this build machine; see docs/transports.md. Untested here: no radio and no Windows.
/// </summary>
public sealed class InTheHandWearableTransport : IWearableTransport
{
    /// <summary>ATT MTU asked for after connecting (the ESP32 accepts up to 517; 247 fits one LE data packet).</summary>
    public const int RequestedAttMtu = 247;

    public TransportKind Kind => TransportKind.InTheHandBluetoothLowEnergy;

    internal static BluetoothUuid Uuid(string uuid) => BluetoothUuid.FromGuid(Guid.Parse(uuid));

    public async Task<IReadOnlyList<DiscoveredWearable>> DiscoverAsync(TimeSpan scanDuration, CancellationToken cancellationToken = default)
    {
        await RequireBluetoothAsync().ConfigureAwait(false);
        var options = new RequestDeviceOptions();
        var filter = new BluetoothLEScanFilter();
        filter.Services.Add(Uuid(WearableGattProfile.ServiceUuid));
        options.Filters.Add(filter);

        using var scanWindow = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        scanWindow.CancelAfter(scanDuration);
        IReadOnlyCollection<BluetoothDevice> devices;
        try
        {
            devices = await Bluetooth.ScanForDevicesAsync(options, scanWindow.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            devices = [];
        }

        // ScanForDevicesAsync reports no signal strength; it stays unknown here.
        return devices
            .GroupBy(d => d.Id, StringComparer.OrdinalIgnoreCase)
            .Select(g => new DiscoveredWearable(g.First().Name ?? "", g.Key, null, TransportKind.InTheHandBluetoothLowEnergy))
            .OrderBy(d => d.Address, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<IWearableConnection> ConnectAsync(string address, CancellationToken cancellationToken = default)
    {
        await RequireBluetoothAsync().ConfigureAwait(false);
        var device = await BluetoothDevice.FromIdAsync(address).WaitAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new WearableTransportException(TransportFailure.DeviceNotFound,
                $"No Bluetooth device {address} was found. Is the wearable switched on, charged and within a few metres?");
        return await InTheHandWearableConnection.OpenAsync(device, address, cancellationToken).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static async Task RequireBluetoothAsync()
    {
        if (!await Bluetooth.GetAvailabilityAsync().ConfigureAwait(false))
        {
            throw new WearableTransportException(TransportFailure.NoAdapter,
                "Bluetooth is not available: no adapter, Bluetooth switched off, or this program lacks permission to use it.");
        }
    }
}
