using System.Collections.Concurrent;
using Tmds.DBus.Protocol;

namespace WinkSensor.Host.Transports.Bluez;

/// <summary>
/// Bluetooth LE on Linux through BlueZ's D-Bus API: discovery with a service-UUID filter, Device1.Connect,
/// GATT objects found by UUID, notifications from PropertiesChanged(Value).
/// </summary>
public sealed class BluezWearableTransport(BluezTransportOptions? options = null) : IWearableTransport
{
    private readonly BluezTransportOptions options = options ?? new BluezTransportOptions();
    private readonly SemaphoreSlim busGate = new(1, 1);
    private BluezClient? client;

    public TransportKind Kind => TransportKind.BluezBluetoothLowEnergy;

    public async Task<IReadOnlyList<DiscoveredWearable>> DiscoverAsync(TimeSpan scanDuration, CancellationToken cancellationToken = default)
    {
        var bus = await BusAsync(cancellationToken).ConfigureAwait(false);
        var seen = new ConcurrentDictionary<string, DiscoveredWearable>(StringComparer.OrdinalIgnoreCase);
        await ScanAsync(bus, scanDuration, device => { seen[device.Address] = device; return false; }, cancellationToken)
            .ConfigureAwait(false);
        return seen.Values.OrderBy(d => d.Address, StringComparer.Ordinal).ToList();
    }

    public async Task<IWearableConnection> ConnectAsync(string address, CancellationToken cancellationToken = default)
    {
        var bus = await BusAsync(cancellationToken).ConfigureAwait(false);
        var tree = await ManagedObjectsAsync(bus).ConfigureAwait(false);
        var adapterPath = RequirePoweredAdapter(tree);
        var devicePath = FindDevice(tree, adapterPath, address);
        if (devicePath is null)
        {
            // BlueZ only creates Device1 objects for devices it has seen: scan until the address shows up.
            await ScanAsync(bus, options.ConnectScanTimeout,
                device => string.Equals(device.Address, address, StringComparison.OrdinalIgnoreCase), cancellationToken)
                .ConfigureAwait(false);
            devicePath = FindDevice(await ManagedObjectsAsync(bus).ConfigureAwait(false), adapterPath, address);
        }

        if (devicePath is null)
        {
            throw new WearableTransportException(TransportFailure.DeviceNotFound,
                $"No Bluetooth device {address} was found. Is the wearable switched on, charged and within a few metres?");
        }

        return await BluezWearableConnection.OpenAsync(bus, options, address, devicePath, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await busGate.WaitAsync().ConfigureAwait(false);
        try
        {
            client?.Dispose();
            client = null;
        }
        finally
        {
            busGate.Release();
        }
    }

    /// <summary>Runs a filtered LE scan, reporting each WinkSensor seen; stops early when <paramref name="found"/> returns true.</summary>
    private async Task ScanAsync(BluezClient bus, TimeSpan duration, Func<DiscoveredWearable, bool> found, CancellationToken cancellationToken)
    {
        var tree = await ManagedObjectsAsync(bus).ConfigureAwait(false);
        var adapterPath = RequirePoweredAdapter(tree);
        var devices = new ConcurrentDictionary<string, BluezProperties>(StringComparer.Ordinal);
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        void Consider(string path, BluezProperties device)
        {
            if (!path.StartsWith(adapterPath + "/", StringComparison.Ordinal)
                || !device.Strings("UUIDs").Contains(options.ServiceUuid, StringComparer.OrdinalIgnoreCase))
            {
                return;
            }

            var wearable = new DiscoveredWearable(device.String("Alias") ?? device.String("Name") ?? "",
                device.String("Address") ?? "", device.Int16("RSSI"), TransportKind.BluezBluetoothLowEnergy);
            if (found(wearable))
            {
                done.TrySetResult();
            }
        }

        using var added = await bus.WatchInterfacesAddedAsync(signal =>
        {
            if (signal.Interfaces.TryGetValue(BluezNames.Device, out var device))
            {
                devices[signal.ObjectPath] = device;
                Consider(signal.ObjectPath, device);
            }
        }).ConfigureAwait(false);
        using var changed = await bus.WatchPropertiesChangedAsync(adapterPath, signal =>
        {
            // RSSI updates for devices BlueZ already knew.
            if (signal.Interface == BluezNames.Device && devices.TryGetValue(signal.Path, out var device))
            {
                lock (device)
                {
                    device.Apply(signal.Changed, signal.Invalidated);
                }

                Consider(signal.Path, device);
            }
        }).ConfigureAwait(false);

        foreach (var (path, device) in tree.WithInterface(BluezNames.Device))
        {
            devices[path] = device;
        }

        try
        {
            await bus.SetDiscoveryFilterAsync(adapterPath, options.ServiceUuid).ConfigureAwait(false);
            await bus.StartDiscoveryAsync(adapterPath).ConfigureAwait(false);
        }
        catch (DBusErrorReplyException error) when (error.ErrorName == BluezNames.Errors.NotReady)
        {
            throw AdapterOff(adapterPath, error);
        }
        catch (DBusErrorReplyException error)
        {
            throw new WearableTransportException(TransportFailure.ConnectionFailed,
                $"The Bluetooth adapter {AdapterName(adapterPath)} refused to scan: {error.ErrorMessage}",
                BluezErrorTranslation.Describe(error), error);
        }

        // Devices already known to BlueZ count as seen when they carry a current signal strength.
        foreach (var (path, device) in devices)
        {
            if (device.Int16("RSSI") is not null)
            {
                Consider(path, device);
            }
        }

        try
        {
            await Task.WhenAny(done.Task, Task.Delay(duration, cancellationToken)).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
        }
        finally
        {
            try
            {
                await bus.StopDiscoveryAsync(adapterPath).ConfigureAwait(false);
            }
            catch (DBusErrorReplyException)
            {
                // Discovery already stopped (adapter switched off, another client): nothing to undo.
            }
        }
    }

    private async Task<BluezClient> BusAsync(CancellationToken cancellationToken)
    {
        await busGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return client ??= await BluezClient.ConnectAsync(options.BusAddress, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            busGate.Release();
        }
    }

    private static async Task<BluezObjectTree> ManagedObjectsAsync(BluezClient bus)
    {
        try
        {
            return await bus.GetManagedObjectsAsync().ConfigureAwait(false);
        }
        catch (DBusErrorReplyException error) when (BluezErrorTranslation.IsNoBluez(error))
        {
            throw BluezErrorTranslation.NoBluez(error);
        }
    }

    private string RequirePoweredAdapter(BluezObjectTree tree)
    {
        var adapters = tree.WithInterface(BluezNames.Adapter)
            .Where(a => options.AdapterName is null || AdapterName(a.Path) == options.AdapterName)
            .OrderBy(a => a.Path, StringComparer.Ordinal)
            .ToList();
        if (adapters.Count == 0)
        {
            throw new WearableTransportException(TransportFailure.NoAdapter,
                options.AdapterName is null
                    ? "No Bluetooth adapter found. Plug in a Bluetooth dongle or enable the built-in one, or connect over USB."
                    : $"No Bluetooth adapter named {options.AdapterName}.");
        }

        var (path, adapter) = adapters[0];
        if (adapter.Bool("Powered") != true)
        {
            throw AdapterOff(path, null);
        }

        return path;
    }

    private static string? FindDevice(BluezObjectTree tree, string adapterPath, string address) =>
        tree.WithInterface(BluezNames.Device)
            .Where(d => d.Path.StartsWith(adapterPath + "/", StringComparison.Ordinal)
                        && string.Equals(d.Properties.String("Address"), address, StringComparison.OrdinalIgnoreCase))
            .Select(d => d.Path)
            .FirstOrDefault();

    private static string AdapterName(string adapterPath) => adapterPath[(adapterPath.LastIndexOf('/') + 1)..];

    private static WearableTransportException AdapterOff(string adapterPath, DBusErrorReplyException? error) =>
        new(TransportFailure.AdapterPoweredOff,
            $"The Bluetooth adapter {AdapterName(adapterPath)} is switched off. Turn Bluetooth on "
            + "(bluetoothctl power on) and try again.", error is null ? null : BluezErrorTranslation.Describe(error), error);
}
