using Tmds.DBus.Protocol;
using WinkSensor.Host.Transports;

namespace WinkSensor.Simulation.Bluez;

/// <summary>org.bluez.Device1: appearing in discovery, Connect (which resolves the GATT table), Disconnect.</summary>
public sealed partial class FakeBluez
{
    private void ExportDevice(FakeWearableState state)
    {
        var wearable = state.Wearable;
        var device = new FakeBluezObject(state.DevicePath);
        device.Add(BluezNamesForFake.Device, new Dictionary<string, VariantValue>
        {
            ["Address"] = VariantValue.String(wearable.Address),
            ["AddressType"] = VariantValue.String("random"),
            ["Name"] = VariantValue.String(wearable.Name),
            ["Alias"] = VariantValue.String(wearable.Name),
            ["Paired"] = VariantValue.Bool(false),
            ["Bonded"] = VariantValue.Bool(false),
            ["Trusted"] = VariantValue.Bool(false),
            ["Blocked"] = VariantValue.Bool(false),
            ["LegacyPairing"] = VariantValue.Bool(false),
            ["RSSI"] = VariantValue.Int16(wearable.SignalStrengthDbm),
            ["Connected"] = VariantValue.Bool(false),
            ["UUIDs"] = VariantValue.Array(wearable.AdvertisedServiceUuids.ToArray()),
            ["Adapter"] = VariantValue.ObjectPath(new ObjectPath(AdapterPath)),
            ["ServicesResolved"] = VariantValue.Bool(false),
        });
        state.Exported = true;
        AddObject(device);
    }

    private void Connect(MethodContext context, FakeWearableState state)
    {
        state.ConnectCalls++;
        if (!AdapterBool("Powered"))
        {
            context.ReplyError("org.bluez.Error.NotReady", "Resource Not Ready");
            return;
        }

        if (state.Wearable.RefusesConnection)
        {
            context.ReplyError("org.bluez.Error.Failed", "le-connection-abort-by-local");
            return;
        }

        if (state.Connected)
        {
            ReplyEmpty(context);
            return;
        }

        state.Connected = true;
        SetProperty(state.DevicePath, BluezNamesForFake.Device, "Connected", VariantValue.Bool(true));
        ReplyEmpty(context);
        ExportGattTable(state);
        SetProperty(state.DevicePath, BluezNamesForFake.Device, "ServicesResolved", VariantValue.Bool(true));
    }

    private void Disconnect(MethodContext context, FakeWearableState state)
    {
        if (state.Connected)
        {
            DisconnectDevice(state);
        }

        ReplyEmpty(context);
    }

    /// <summary>What BlueZ does when a link goes down: ServicesResolved=false, GATT objects removed, Connected=false.</summary>
    private void DisconnectDevice(FakeWearableState state)
    {
        SetProperty(state.DevicePath, BluezNamesForFake.Device, "ServicesResolved", VariantValue.Bool(false));
        var servicePath = state.CharacteristicPaths.Count > 0 ? ServicePathOf(state) : null;
        foreach (var path in state.CharacteristicPaths.Values)
        {
            RemoveObject(path);
        }

        if (servicePath is not null)
        {
            RemoveObject(servicePath);
        }

        state.CharacteristicPaths.Clear();
        state.Notifying.Clear();
        state.Connected = false;
        SetProperty(state.DevicePath, BluezNamesForFake.Device, "Connected", VariantValue.Bool(false));
    }

    /// <summary>Exports the service and one characteristic per channel with BlueZ-style handle paths
    /// (service0010/char0011, char0014, ...), so the client has to find them by UUID.</summary>
    private void ExportGattTable(FakeWearableState state)
    {
        var wearable = state.Wearable;
        var servicePath = ServicePathOf(state);
        var service = new FakeBluezObject(servicePath);
        service.Add(BluezNamesForFake.GattService, new Dictionary<string, VariantValue>
        {
            ["UUID"] = VariantValue.String(wearable.GattServiceUuid),
            ["Device"] = VariantValue.ObjectPath(new ObjectPath(state.DevicePath)),
            ["Primary"] = VariantValue.Bool(true),
            ["Includes"] = VariantValue.Array(Array.Empty<ObjectPath>()),
        });
        AddObject(service);

        var handle = 0x0011;
        foreach (var channel in WearableGattProfile.AllChannels)
        {
            var characteristicPath = $"{servicePath}/char{handle:x4}";
            var characteristic = new FakeBluezObject(characteristicPath);
            characteristic.Add(BluezNamesForFake.GattCharacteristic, new Dictionary<string, VariantValue>
            {
                ["UUID"] = VariantValue.String(CharacteristicUuidOf(wearable, channel)),
                ["Service"] = VariantValue.ObjectPath(new ObjectPath(servicePath)),
                ["Value"] = VariantValue.Array(Array.Empty<byte>()),
                ["Notifying"] = VariantValue.Bool(false),
                ["Flags"] = VariantValue.Array(FlagsOf(channel)),
                ["MTU"] = VariantValue.UInt16(wearable.AttMtu),
            });
            AddObject(characteristic);
            state.CharacteristicPaths[channel] = characteristicPath;
            handle += 3; // declaration, value, client characteristic configuration descriptor
        }
    }

    private static string ServicePathOf(FakeWearableState state) => state.DevicePath + "/service0010";

    /// <summary>A wrong-firmware device keeps the same characteristic layout under a foreign service UUID.</summary>
    private static string CharacteristicUuidOf(FakeWearable wearable, WearableChannel channel) =>
        string.Equals(wearable.GattServiceUuid, WearableGattProfile.ServiceUuid, StringComparison.OrdinalIgnoreCase)
            ? WearableGattProfile.CharacteristicUuid(channel)
            : Guid.NewGuid().ToString();

    private static string[] FlagsOf(WearableChannel channel) => channel switch
    {
        WearableChannel.Status => ["read", "notify"],
        WearableChannel.Control => ["write", "notify"],
        WearableChannel.Configuration => ["read", "write", "notify"],
        _ => ["notify"],
    };
}
