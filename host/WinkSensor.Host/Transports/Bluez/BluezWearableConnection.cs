using Tmds.DBus.Protocol;

namespace WinkSensor.Host.Transports.Bluez;

/// <summary>
/// One connected wearable over BlueZ. Opening it connects the device, waits for ServicesResolved, finds the
/// WinkSensor service and characteristics by UUID (object paths are BlueZ's handle numbering and change with
/// firmware), and calls StartNotify on every notifying channel. Connected=false means the link dropped.
/// </summary>
internal sealed class BluezWearableConnection : WearableConnectionBase
{
    private readonly BluezClient bus;
    private readonly BluezTransportOptions options;
    private readonly string devicePath;
    private readonly TaskCompletionSource servicesResolved = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<IDisposable> subscriptions = [];
    private volatile Dictionary<WearableChannel, string> characteristicPaths = [];
    private volatile Dictionary<string, WearableChannel> channelsByPath = new(StringComparer.Ordinal);
    private int attMtu = WearableGattProfile.DefaultAttMtu;

    private BluezWearableConnection(BluezClient bus, BluezTransportOptions options, string address, string devicePath)
        : base(address, TransportKind.BluezBluetoothLowEnergy)
    {
        this.bus = bus;
        this.options = options;
        this.devicePath = devicePath;
    }

    public override int MaximumPayloadBytes => Volatile.Read(ref attMtu) - WearableGattProfile.AttHeaderBytes;

    /// <summary>The negotiated ATT MTU in bytes as BlueZ reports it (23 until an exchange raised it).</summary>
    public int AttMtu => Volatile.Read(ref attMtu);

    public static async Task<BluezWearableConnection> OpenAsync(BluezClient bus, BluezTransportOptions options,
        string address, string devicePath, CancellationToken cancellationToken)
    {
        var connection = new BluezWearableConnection(bus, options, address, devicePath);
        try
        {
            await connection.EstablishAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public override async Task WriteAsync(WearableChannel channel, ReadOnlyMemory<byte> frame, CancellationToken cancellationToken = default)
    {
        ThrowIfNotConnected();
        ThrowIfTooLarge(frame);
        var path = PathOf(channel);
        try
        {
            await bus.WriteValueWithResponseAsync(path, frame.Span).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DBusErrorReplyException error)
        {
            ThrowIfNotConnected();
            throw BluezErrorTranslation.WriteFailed(Address, channel, error);
        }
    }

    public override async Task<byte[]> ReadAsync(WearableChannel channel, CancellationToken cancellationToken = default)
    {
        ThrowIfNotConnected();
        var path = PathOf(channel);
        try
        {
            return await bus.ReadValueAsync(path).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DBusErrorReplyException error)
        {
            ThrowIfNotConnected();
            if (BluezErrorTranslation.IsNotPaired(error))
            {
                throw BluezErrorTranslation.NotPaired(Address, error);
            }

            throw new WearableTransportException(TransportFailure.ReadFailed,
                $"Reading {channel} from {Address} failed: {error.ErrorMessage}", BluezErrorTranslation.Describe(error), error);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        var wasConnected = MarkClosed();
        if (wasConnected)
        {
            foreach (var channel in WearableGattProfile.NotifyingChannels)
            {
                if (characteristicPaths.TryGetValue(channel, out var path))
                {
                    await IgnoreBluezErrorsAsync(() => bus.StopNotifyAsync(path)).ConfigureAwait(false);
                }
            }

            await IgnoreBluezErrorsAsync(() => bus.DisconnectDeviceAsync(devicePath)).ConfigureAwait(false);
        }

        lock (subscriptions)
        {
            foreach (var subscription in subscriptions)
            {
                subscription.Dispose();
            }

            subscriptions.Clear();
        }
    }

    private async Task EstablishAsync(CancellationToken cancellationToken)
    {
        Track(await bus.WatchPropertiesChangedAsync(devicePath, OnPropertiesChanged).ConfigureAwait(false));
        Track(await bus.WatchInterfacesRemovedAsync(OnInterfacesRemoved).ConfigureAwait(false));
        _ = bus.BusDisconnectedAsync().ContinueWith(
            _ => MarkDisconnected("lost the D-Bus connection to BlueZ"), TaskScheduler.Default);

        try
        {
            await bus.ConnectDeviceAsync(devicePath).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DBusErrorReplyException error) when (BluezErrorTranslation.IsNotPaired(error))
        {
            throw BluezErrorTranslation.NotPaired(Address, error);
        }
        catch (DBusErrorReplyException error) when (error.ErrorName == BluezNames.Errors.NotReady)
        {
            throw new WearableTransportException(TransportFailure.AdapterPoweredOff,
                "The Bluetooth adapter is switched off. Turn Bluetooth on (bluetoothctl power on) and try again.",
                BluezErrorTranslation.Describe(error), error);
        }
        catch (DBusErrorReplyException error)
        {
            throw new WearableTransportException(TransportFailure.ConnectionFailed,
                $"Could not connect to the wearable {Address}: {error.ErrorMessage}. Move it closer, check its battery, and try again.",
                BluezErrorTranslation.Describe(error), error);
        }

        if ((await bus.GetPropertyAsync(devicePath, BluezNames.Device, "ServicesResolved").ConfigureAwait(false)).GetBool())
        {
            servicesResolved.TrySetResult();
        }

        try
        {
            await servicesResolved.Task.WaitAsync(options.ServicesResolvedTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new WearableTransportException(TransportFailure.ConnectionFailed,
                $"Connected to {Address}, but its services were not resolved within {options.ServicesResolvedTimeout.TotalSeconds:0} s.");
        }

        FindCharacteristics(await bus.GetManagedObjectsAsync().ConfigureAwait(false));

        foreach (var channel in WearableGattProfile.NotifyingChannels)
        {
            try
            {
                await bus.StartNotifyAsync(characteristicPaths[channel]).WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DBusErrorReplyException error) when (BluezErrorTranslation.IsNotPaired(error))
            {
                throw BluezErrorTranslation.NotPaired(Address, error);
            }
            catch (DBusErrorReplyException error)
            {
                throw new WearableTransportException(TransportFailure.ConnectionFailed,
                    $"The wearable {Address} refused to send {channel} notifications: {error.ErrorMessage}",
                    BluezErrorTranslation.Describe(error), error);
            }
        }

        ThrowIfNotConnected();
    }

    private void FindCharacteristics(BluezObjectTree tree)
    {
        var service = tree.WithInterface(BluezNames.GattService)
            .FirstOrDefault(s => s.Properties.String("Device") == devicePath
                                 && string.Equals(s.Properties.String("UUID"), options.ServiceUuid, StringComparison.OrdinalIgnoreCase));
        if (service.Path is null)
        {
            var offered = tree.WithInterface(BluezNames.GattService)
                .Where(s => s.Properties.String("Device") == devicePath)
                .Select(s => s.Properties.String("UUID"))
                .ToList();
            throw new WearableTransportException(TransportFailure.ServiceNotFound,
                $"The device {Address} does not offer the WinkSensor service: it is a different device or runs "
                + "firmware without it. Flash the WinkSensor firmware or pick the right device.",
                $"wanted {options.ServiceUuid}; offered: {(offered.Count == 0 ? "none" : string.Join(", ", offered))}");
        }

        var paths = new Dictionary<WearableChannel, string>();
        var mtu = 0;
        foreach (var (path, characteristic) in tree.WithInterface(BluezNames.GattCharacteristic))
        {
            if (characteristic.String("Service") != service.Path
                || WearableGattProfile.ChannelOf(characteristic.String("UUID") ?? "") is not WearableChannel channel)
            {
                continue;
            }

            paths[channel] = path;
            mtu = Math.Max(mtu, characteristic.UInt16("MTU") ?? 0);
        }

        var missing = WearableGattProfile.AllChannels.Where(c => !paths.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            throw new WearableTransportException(TransportFailure.ServiceNotFound,
                $"The wearable {Address} has the WinkSensor service but lacks the {string.Join(", ", missing)} "
                + "characteristic(s): its firmware is older or newer than this program. Update both to matching versions.",
                string.Join(", ", missing.Select(WearableGattProfile.CharacteristicUuid)));
        }

        if (mtu >= WearableGattProfile.DefaultAttMtu)
        {
            Volatile.Write(ref attMtu, mtu);
        }

        characteristicPaths = paths;
        channelsByPath = paths.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
    }

    private void OnPropertiesChanged(PropertiesChangedSignal signal)
    {
        if (signal.Path == devicePath && signal.Interface == BluezNames.Device)
        {
            if (signal.Changed.TryGetValue("ServicesResolved", out var resolved) && resolved.GetBool())
            {
                servicesResolved.TrySetResult();
            }

            if (signal.Changed.TryGetValue("Connected", out var connected) && !connected.GetBool())
            {
                servicesResolved.TrySetException(new WearableTransportException(TransportFailure.ConnectionFailed,
                    $"The wearable {Address} dropped the connection while its services were being resolved."));
                MarkDisconnected("the wearable disconnected (BlueZ reported Connected=false)");
            }

            return;
        }

        if (signal.Interface == BluezNames.GattCharacteristic && channelsByPath.TryGetValue(signal.Path, out var channel))
        {
            if (signal.Changed.TryGetValue("Value", out var value))
            {
                Deliver(channel, value.GetArray<byte>());
            }

            if (signal.Changed.TryGetValue("MTU", out var mtu) && mtu.GetUInt16() >= WearableGattProfile.DefaultAttMtu)
            {
                Volatile.Write(ref attMtu, mtu.GetUInt16());
            }
        }
    }

    private void OnInterfacesRemoved(InterfacesRemovedSignal signal)
    {
        if (signal.ObjectPath == devicePath && signal.Interfaces.Contains(BluezNames.Device))
        {
            MarkDisconnected("BlueZ removed the device");
        }
    }

    private string PathOf(WearableChannel channel) =>
        characteristicPaths.TryGetValue(channel, out var path)
            ? path
            : throw new WearableTransportException(TransportFailure.ServiceNotFound, $"The wearable {Address} has no {channel} characteristic.");

    private void Track(IDisposable subscription)
    {
        lock (subscriptions)
        {
            subscriptions.Add(subscription);
        }
    }

    private static async Task IgnoreBluezErrorsAsync(Func<Task> call)
    {
        try
        {
            await call().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is DBusErrorReplyException or DBusConnectionException or ObjectDisposedException)
        {
            // Best effort while closing: the device may already be gone.
        }
    }
}
