using Tmds.DBus.Protocol;

namespace WinkSensor.Host.Transports.Bluez;

/// <summary>
/// Hand-written proxy for the parts of org.bluez the transport uses (no code generator is available for
/// Tmds.DBus.Protocol here). Every call goes to the real bus; D-Bus errors surface as
/// <see cref="DBusErrorReplyException"/> and are translated by <see cref="BluezErrorTranslation"/>.
/// </summary>
public sealed class BluezClient : IDisposable
{
    private readonly DBusConnection connection;

    private BluezClient(DBusConnection connection) => this.connection = connection;

    public DBusConnection Connection => connection;

    /// <summary>Opens the bus at <paramref name="busAddress"/> (default: the system bus, honouring DBUS_SYSTEM_BUS_ADDRESS).</summary>
    public static async Task<BluezClient> ConnectAsync(string? busAddress, CancellationToken cancellationToken)
    {
        var address = busAddress ?? DBusAddress.System
            ?? throw new WearableTransportException(TransportFailure.NoAdapter,
                "No D-Bus system bus address is known, so BlueZ cannot be reached.");
        var options = new DBusConnectionOptions(address)
        {
            AutoConnect = false,
            // A throwing signal handler must not tear down the whole bus connection.
            OnException = context => context.DisconnectConnection = context.Source == DBusConnection.ExceptionSource.ConnectionFailed,
        };
        var connection = new DBusConnection(options);
        try
        {
            await connection.ConnectAsync().AsTask().WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is DBusConnectionException or IOException or System.Net.Sockets.SocketException)
        {
            connection.Dispose();
            throw new WearableTransportException(TransportFailure.NoAdapter,
                "Cannot reach the D-Bus system bus, so BlueZ (bluetoothd) cannot be asked for a Bluetooth adapter. "
                + "Is the dbus service running?", $"{address}: {ex.Message}", ex);
        }

        return new BluezClient(connection);
    }

    public Task<BluezObjectTree> GetManagedObjectsAsync() =>
        connection.CallMethodAsync(Call("/", BluezNames.ObjectManager, "GetManagedObjects"), BluezObjectTree.Read);

    public Task SetDiscoveryFilterAsync(string adapterPath, string serviceUuid)
    {
        using var writer = connection.GetMessageWriter();
        writer.WriteMethodCallHeader(BluezNames.Service, adapterPath, BluezNames.Adapter, "SetDiscoveryFilter", "a{sv}");
        var filter = writer.WriteDictionaryStart();
        writer.WriteDictionaryEntryStart();
        writer.WriteString("UUIDs");
        writer.WriteVariant(VariantValue.Array(new[] { serviceUuid }));
        writer.WriteDictionaryEntryStart();
        writer.WriteString("Transport");
        writer.WriteVariantString("le");
        writer.WriteDictionaryEntryStart();
        writer.WriteString("DuplicateData");
        writer.WriteVariantBool(false);
        writer.WriteDictionaryEnd(filter);
        return connection.CallMethodAsync(writer.CreateMessage());
    }

    public Task StartDiscoveryAsync(string adapterPath) =>
        connection.CallMethodAsync(Call(adapterPath, BluezNames.Adapter, "StartDiscovery"));

    public Task StopDiscoveryAsync(string adapterPath) =>
        connection.CallMethodAsync(Call(adapterPath, BluezNames.Adapter, "StopDiscovery"));

    public Task ConnectDeviceAsync(string devicePath) =>
        connection.CallMethodAsync(Call(devicePath, BluezNames.Device, "Connect"));

    public Task DisconnectDeviceAsync(string devicePath) =>
        connection.CallMethodAsync(Call(devicePath, BluezNames.Device, "Disconnect"));

    public Task StartNotifyAsync(string characteristicPath) =>
        connection.CallMethodAsync(Call(characteristicPath, BluezNames.GattCharacteristic, "StartNotify"));

    public Task StopNotifyAsync(string characteristicPath) =>
        connection.CallMethodAsync(Call(characteristicPath, BluezNames.GattCharacteristic, "StopNotify"));

    /// <summary>GattCharacteristic1.WriteValue with type=request: the device acknowledges or answers with an ATT error.</summary>
    public Task WriteValueWithResponseAsync(string characteristicPath, ReadOnlySpan<byte> value)
    {
        using var writer = connection.GetMessageWriter();
        writer.WriteMethodCallHeader(BluezNames.Service, characteristicPath, BluezNames.GattCharacteristic, "WriteValue", "aya{sv}");
        writer.WriteArray(value);
        var options = writer.WriteDictionaryStart();
        writer.WriteDictionaryEntryStart();
        writer.WriteString("type");
        writer.WriteVariantString("request");
        writer.WriteDictionaryEnd(options);
        return connection.CallMethodAsync(writer.CreateMessage());
    }

    public Task<byte[]> ReadValueAsync(string characteristicPath)
    {
        using var writer = connection.GetMessageWriter();
        writer.WriteMethodCallHeader(BluezNames.Service, characteristicPath, BluezNames.GattCharacteristic, "ReadValue", "a{sv}");
        var options = writer.WriteDictionaryStart();
        writer.WriteDictionaryEnd(options);
        return connection.CallMethodAsync(writer.CreateMessage(), static (message, _) => message.GetBodyReader().ReadArrayOfByte());
    }

    /// <summary>Properties.Get for one property.</summary>
    public Task<VariantValue> GetPropertyAsync(string path, string interfaceName, string property)
    {
        using var writer = connection.GetMessageWriter();
        writer.WriteMethodCallHeader(BluezNames.Service, path, BluezNames.Properties, "Get", "ss");
        writer.WriteString(interfaceName);
        writer.WriteString(property);
        return connection.CallMethodAsync(writer.CreateMessage(), static (message, _) => message.GetBodyReader().ReadVariantValue());
    }

    /// <summary>Subscribes to PropertiesChanged for every object under <paramref name="pathNamespace"/>.</summary>
    public ValueTask<IDisposable> WatchPropertiesChangedAsync(string pathNamespace, Action<PropertiesChangedSignal> handler) =>
        connection.AddMatchAsync(
            new MatchRule
            {
                Type = MessageType.Signal,
                Sender = BluezNames.Service,
                Interface = BluezNames.Properties,
                Member = "PropertiesChanged",
                PathNamespace = pathNamespace,
            },
            PropertiesChangedSignal.Read,
            notification =>
            {
                if (notification.HasValue)
                {
                    handler(notification.Value);
                }
            },
            emitOnCapturedContext: false);

    public ValueTask<IDisposable> WatchInterfacesAddedAsync(Action<InterfacesAddedSignal> handler) =>
        connection.WatchSignalAsync(BluezNames.Service, "/", BluezNames.ObjectManager, "InterfacesAdded",
            InterfacesAddedSignal.Read,
            notification =>
            {
                if (notification.HasValue)
                {
                    handler(notification.Value);
                }
            },
            ObserverFlags.None, emitOnCapturedContext: false);

    public ValueTask<IDisposable> WatchInterfacesRemovedAsync(Action<InterfacesRemovedSignal> handler) =>
        connection.WatchSignalAsync(BluezNames.Service, "/", BluezNames.ObjectManager, "InterfacesRemoved",
            InterfacesRemovedSignal.Read,
            notification =>
            {
                if (notification.HasValue)
                {
                    handler(notification.Value);
                }
            },
            ObserverFlags.None, emitOnCapturedContext: false);

    /// <summary>Completes when the bus connection itself goes away (bus or bluetoothd restart).</summary>
    public Task<Exception?> BusDisconnectedAsync() => connection.DisconnectedAsync();

    public void Dispose() => connection.Dispose();

    private MessageBuffer Call(string path, string interfaceName, string member)
    {
        using var writer = connection.GetMessageWriter();
        writer.WriteMethodCallHeader(BluezNames.Service, path, interfaceName, member);
        return writer.CreateMessage();
    }
}
