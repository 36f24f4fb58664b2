using Tmds.DBus.Protocol;
using WinkSensor.Host.Transports;

namespace WinkSensor.Simulation.Bluez;

/// <summary>
/// A stand-in for bluetoothd: owns the name org.bluez on a (private) bus and exports the object tree BlueZ 5.66
/// would (ObjectManager at /, Adapter1, Device1, GattService1, GattCharacteristic1, Properties, Introspectable),
/// so the BlueZ transport is tested by really speaking D-Bus. Writes go to each wearable's
/// <see cref="IWearableDeviceModel"/>; <see cref="Notify"/> emits PropertiesChanged(Value) like a notification.
/// </summary>
public sealed partial class FakeBluez : IAsyncDisposable
{
    private readonly object gate = new();
    private readonly DBusConnection connection;
    private readonly FakeBluezOptions options;
    private readonly Dictionary<string, FakeBluezObject> objects = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FakeWearableState> wearables = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Exception> handlerFailures = [];

    private FakeBluez(DBusConnection connection, FakeBluezOptions options)
    {
        this.connection = connection;
        this.options = options;
        AdapterPath = "/org/bluez/" + options.AdapterName;
    }

    /// <summary>Object path of the adapter, e.g. /org/bluez/hci0.</summary>
    public string AdapterPath { get; }

    /// <summary>Unexpected exceptions caught inside method handlers (a test should expect none).</summary>
    public IReadOnlyList<Exception> HandlerFailures { get { lock (gate) { return handlerFailures.ToList(); } } }

    /// <summary>Connects to the bus at <paramref name="busAddress"/>, exports the tree and takes the name org.bluez.</summary>
    public static async Task<FakeBluez> StartAsync(string busAddress, FakeBluezOptions? options = null)
    {
        FakeBluez? fake = null;
        var connection = new DBusConnection(new DBusConnectionOptions(busAddress)
        {
            AutoConnect = false,
            OnException = context =>
            {
                fake?.RecordFailure(context.Exception);
                context.DisconnectConnection = context.Source == DBusConnection.ExceptionSource.ConnectionFailed;
            },
        });
        await connection.ConnectAsync();
        fake = new FakeBluez(connection, options ?? new FakeBluezOptions());
        fake.ExportRoot();
        connection.AddMethodHandler(new FakeBluezMethodHandler(fake));
        await connection.RequestNameAsync(BluezNamesForFake.Service);
        return fake;
    }

    /// <summary>Puts a peripheral in radio range. It appears on the bus when discovery starts
    /// (or at once when <see cref="FakeWearable.KnownBeforeStart"/>).</summary>
    public void AddWearable(FakeWearable wearable)
    {
        lock (gate)
        {
            var state = new FakeWearableState(wearable, AdapterPath + "/dev_" + wearable.Address.Replace(':', '_'));
            wearables[wearable.Address] = state;
            if (wearable.KnownBeforeStart || (Discovering && MatchesDiscoveryFilter(wearable)))
            {
                ExportDevice(state);
            }
        }
    }

    /// <summary>Sends a notification on <paramref name="channel"/> if the host subscribed to it
    /// (StartNotify) and the device is connected. Returns false otherwise.</summary>
    public bool Notify(string address, WearableChannel channel, byte[] value)
    {
        lock (gate)
        {
            if (!wearables.TryGetValue(address, out var state) || !state.Connected
                || !state.CharacteristicPaths.TryGetValue(channel, out var path)
                || !state.Notifying.Contains(channel))
            {
                return false;
            }

            SetProperty(path, BluezNamesForFake.GattCharacteristic, "Value", VariantValue.Array(value));
            return true;
        }
    }

    /// <summary>True when the host has called StartNotify on <paramref name="channel"/> of this device.</summary>
    public bool IsNotifying(string address, WearableChannel channel)
    {
        lock (gate)
        {
            return wearables.TryGetValue(address, out var state) && state.Notifying.Contains(channel);
        }
    }

    /// <summary>How many times the host called Device1.Connect on this device.</summary>
    public int ConnectCalls(string address)
    {
        lock (gate)
        {
            return wearables.TryGetValue(address, out var state) ? state.ConnectCalls : 0;
        }
    }

    /// <summary>The device drops the link (out of range, battery died): GATT objects vanish, Connected=false.</summary>
    public void DropConnection(string address)
    {
        lock (gate)
        {
            if (wearables.TryGetValue(address, out var state) && state.Connected)
            {
                DisconnectDevice(state);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            // Release explicitly so the next fake on the same bus can take the name at once.
            await connection.ReleaseNameAsync(BluezNamesForFake.Service);
        }
        catch (Exception ex) when (ex is DBusExceptionBase or ObjectDisposedException)
        {
            // The bus is already gone.
        }

        connection.Dispose();
    }

    internal void RecordFailure(Exception exception)
    {
        lock (gate)
        {
            handlerFailures.Add(exception);
        }
    }

    private void ExportRoot()
    {
        if (!options.HasAdapter)
        {
            return;
        }

        var adapter = new FakeBluezObject(AdapterPath);
        adapter.Add(BluezNamesForFake.Adapter, new Dictionary<string, VariantValue>
        {
            ["Address"] = VariantValue.String(options.AdapterAddress),
            ["AddressType"] = VariantValue.String("public"),
            ["Name"] = VariantValue.String("fake-bluez"),
            ["Alias"] = VariantValue.String("fake-bluez"),
            ["Powered"] = VariantValue.Bool(options.AdapterPowered),
            ["Discoverable"] = VariantValue.Bool(false),
            ["Pairable"] = VariantValue.Bool(true),
            ["Discovering"] = VariantValue.Bool(false),
            ["UUIDs"] = VariantValue.Array(Array.Empty<string>()),
        });
        objects[adapter.Path] = adapter;
    }

    private void Send(MessageBuffer message) => connection.TrySendMessage(message);

    private void SetProperty(string path, string interfaceName, string property, VariantValue value)
    {
        objects[path].Interfaces[interfaceName][property] = value;
        Send(FakeBluezMessages.PropertiesChanged(connection, path, interfaceName,
            new Dictionary<string, VariantValue> { [property] = value }));
    }

    private void AddObject(FakeBluezObject added)
    {
        objects[added.Path] = added;
        Send(FakeBluezMessages.InterfacesAdded(connection, added));
    }

    private void RemoveObject(string path)
    {
        if (objects.Remove(path, out var removed))
        {
            Send(FakeBluezMessages.InterfacesRemoved(connection, removed));
        }
    }

    /// <summary>Per-peripheral bookkeeping: exported paths, connection, notification subscriptions.</summary>
    private sealed class FakeWearableState(FakeWearable wearable, string devicePath)
    {
        public FakeWearable Wearable { get; } = wearable;

        public string DevicePath { get; } = devicePath;

        public bool Exported { get; set; }

        public bool Connected { get; set; }

        public int ConnectCalls { get; set; }

        public Dictionary<WearableChannel, string> CharacteristicPaths { get; } = [];

        public HashSet<WearableChannel> Notifying { get; } = [];
    }
}
