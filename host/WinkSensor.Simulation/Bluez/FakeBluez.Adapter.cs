using Tmds.DBus.Protocol;

namespace WinkSensor.Simulation.Bluez;

/// <summary>org.bluez.Adapter1: power, discovery filter, discovery.</summary>
public sealed partial class FakeBluez
{
    private string[] discoveryFilterUuids = [];

    /// <summary>The discovery filter the host set last: its UUIDs and Transport ("le", "bredr", "auto"; null when unset).</summary>
    public (IReadOnlyList<string> Uuids, string? Transport) DiscoveryFilter
    {
        get { lock (gate) { return (discoveryFilterUuids, discoveryFilterTransport); } }
    }

    private string? discoveryFilterTransport;

    /// <summary>True between the host's StartDiscovery and StopDiscovery.</summary>
    public bool Discovering
    {
        get { lock (gate) { return AdapterBool("Discovering"); } }
    }

    /// <summary>Switches the adapter on or off (as rfkill or bluetoothctl power would).</summary>
    public void SetAdapterPowered(bool powered)
    {
        lock (gate)
        {
            ApplyPowered(powered);
        }
    }

    private bool AdapterBool(string property) =>
        objects.TryGetValue(AdapterPath, out var adapter) && adapter.Interfaces[BluezNamesForFake.Adapter][property].GetBool();

    private void ApplyPowered(bool powered)
    {
        if (!objects.ContainsKey(AdapterPath) || AdapterBool("Powered") == powered)
        {
            return;
        }

        if (!powered)
        {
            foreach (var state in wearables.Values.Where(s => s.Connected).ToList())
            {
                DisconnectDevice(state);
            }

            if (AdapterBool("Discovering"))
            {
                SetProperty(AdapterPath, BluezNamesForFake.Adapter, "Discovering", VariantValue.Bool(false));
            }
        }

        SetProperty(AdapterPath, BluezNamesForFake.Adapter, "Powered", VariantValue.Bool(powered));
    }

    private void SetDiscoveryFilter(MethodContext context)
    {
        var filter = context.Request.GetBodyReader().ReadDictionaryOfStringToVariantValue();
        discoveryFilterUuids = filter.TryGetValue("UUIDs", out var uuids) ? uuids.GetArray<string>() : [];
        discoveryFilterTransport = filter.TryGetValue("Transport", out var transport) ? transport.GetString() : null;
        if (discoveryFilterTransport is not (null or "auto" or "le" or "bredr"))
        {
            context.ReplyError("org.bluez.Error.InvalidArguments", "Invalid arguments in method call");
            return;
        }

        ReplyEmpty(context);
    }

    private void StartDiscovery(MethodContext context)
    {
        if (!AdapterBool("Powered"))
        {
            context.ReplyError("org.bluez.Error.NotReady", "Resource Not Ready");
            return;
        }

        if (!AdapterBool("Discovering"))
        {
            SetProperty(AdapterPath, BluezNamesForFake.Adapter, "Discovering", VariantValue.Bool(true));
        }

        ReplyEmpty(context);

        // Advertisements "arrive" right after the reply, as the radio hears them.
        foreach (var state in wearables.Values)
        {
            if (!MatchesDiscoveryFilter(state.Wearable))
            {
                continue;
            }

            if (state.Exported)
            {
                SetProperty(state.DevicePath, BluezNamesForFake.Device, "RSSI", VariantValue.Int16(state.Wearable.SignalStrengthDbm));
            }
            else
            {
                ExportDevice(state);
            }
        }
    }

    private void StopDiscovery(MethodContext context)
    {
        if (!AdapterBool("Discovering"))
        {
            context.ReplyError("org.bluez.Error.Failed", "No discovery started");
            return;
        }

        SetProperty(AdapterPath, BluezNamesForFake.Adapter, "Discovering", VariantValue.Bool(false));
        ReplyEmpty(context);
    }

    private void RemoveDevice(MethodContext context)
    {
        var path = context.Request.GetBodyReader().ReadObjectPathAsString();
        var state = wearables.Values.FirstOrDefault(s => s.DevicePath == path && s.Exported);
        if (state is null)
        {
            context.ReplyError("org.bluez.Error.DoesNotExist", "Does Not Exist");
            return;
        }

        if (state.Connected)
        {
            DisconnectDevice(state);
        }

        state.Exported = false;
        RemoveObject(path);
        ReplyEmpty(context);
    }

    private bool MatchesDiscoveryFilter(FakeWearable wearable) =>
        discoveryFilterUuids.Length == 0
        || wearable.AdvertisedServiceUuids.Any(u => discoveryFilterUuids.Contains(u, StringComparer.OrdinalIgnoreCase));

    private static void ReplyEmpty(MethodContext context)
    {
        using var writer = context.CreateReplyWriter(null!);
        context.Reply(writer.CreateMessage());
    }
}
