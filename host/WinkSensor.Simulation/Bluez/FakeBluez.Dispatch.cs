using Tmds.DBus.Protocol;
using WinkSensor.Host.Transports;

namespace WinkSensor.Simulation.Bluez;

/// <summary>Routes each incoming method call to the object and interface it names.</summary>
public sealed partial class FakeBluez
{
    internal void Handle(MethodContext context)
    {
        var request = context.Request;
        var path = request.PathAsString ?? "/";
        var interfaceName = request.InterfaceAsString;
        var member = request.MemberAsString;

        lock (gate)
        {
            switch (interfaceName, member)
            {
                case (BluezNamesForFake.Introspectable, "Introspect"):
                    Introspect(context, path);
                    return;
                case (BluezNamesForFake.ObjectManager, "GetManagedObjects") when path == "/":
                    GetManagedObjects(context);
                    return;
                case (BluezNamesForFake.Properties, _):
                    HandleProperties(context, path, member);
                    return;
            }

            if (!objects.TryGetValue(path, out var target))
            {
                context.ReplyError("org.freedesktop.DBus.Error.UnknownObject", $"No such object path '{path}'");
                return;
            }

            if (interfaceName is null || !target.Interfaces.ContainsKey(interfaceName))
            {
                context.ReplyError("org.freedesktop.DBus.Error.UnknownInterface", $"No interface '{interfaceName}' at '{path}'");
                return;
            }

            switch (interfaceName, member)
            {
                case (BluezNamesForFake.Adapter, "SetDiscoveryFilter"): SetDiscoveryFilter(context); return;
                case (BluezNamesForFake.Adapter, "StartDiscovery"): StartDiscovery(context); return;
                case (BluezNamesForFake.Adapter, "StopDiscovery"): StopDiscovery(context); return;
                case (BluezNamesForFake.Adapter, "RemoveDevice"): RemoveDevice(context); return;
            }

            if (interfaceName == BluezNamesForFake.Device && DeviceAt(path) is { } device)
            {
                switch (member)
                {
                    case "Connect": Connect(context, device); return;
                    case "Disconnect": Disconnect(context, device); return;
                }
            }

            if (interfaceName == BluezNamesForFake.GattCharacteristic && CharacteristicAt(path) is var (owner, channel))
            {
                switch (member)
                {
                    case "ReadValue": ReadValue(context, owner, channel); return;
                    case "WriteValue": WriteValue(context, owner, channel); return;
                    case "StartNotify": StartNotify(context, owner, channel); return;
                    case "StopNotify": StopNotify(context, owner, channel); return;
                }
            }

            context.ReplyUnknownMethodError();
        }
    }

    private FakeWearableState? DeviceAt(string path) =>
        wearables.Values.FirstOrDefault(s => s.Exported && s.DevicePath == path);

    private (FakeWearableState Owner, WearableChannel Channel)? CharacteristicAt(string path)
    {
        foreach (var state in wearables.Values)
        {
            foreach (var (channel, characteristicPath) in state.CharacteristicPaths)
            {
                if (characteristicPath == path)
                {
                    return (state, channel);
                }
            }
        }

        return null;
    }

    private void GetManagedObjects(MethodContext context)
    {
        var writer = context.CreateReplyWriter("a{oa{sa{sv}}}");
        try
        {
            FakeBluezMessages.WriteManagedObjects(ref writer, objects.Values.OrderBy(o => o.Path, StringComparer.Ordinal));
            context.Reply(writer.CreateMessage());
        }
        finally
        {
            writer.Dispose();
        }
    }

    private void Introspect(MethodContext context, string path)
    {
        var prefix = path == "/" ? "/" : path + "/";
        var children = objects.Keys
            .Where(p => p.StartsWith(prefix, StringComparison.Ordinal) && p.Length > prefix.Length)
            .Select(p => p[prefix.Length..].Split('/')[0])
            .Distinct()
            .OrderBy(c => c, StringComparer.Ordinal)
            .ToList();
        var interfaces = new List<string>();
        if (path == "/")
        {
            interfaces.Add(BluezNamesForFake.ObjectManager);
        }

        if (objects.TryGetValue(path, out var target))
        {
            interfaces.AddRange(target.Interfaces.Keys);
        }
        else if (children.Count == 0 && path != "/")
        {
            context.ReplyError("org.freedesktop.DBus.Error.UnknownObject", $"No such object path '{path}'");
            return;
        }

        var writer = context.CreateReplyWriter("s");
        try
        {
            writer.WriteString(FakeBluezIntrospection.For(path, interfaces, children));
            context.Reply(writer.CreateMessage());
        }
        finally
        {
            writer.Dispose();
        }
    }

    private void HandleProperties(MethodContext context, string path, string? member)
    {
        var reader = context.Request.GetBodyReader();
        var interfaceName = reader.ReadString();
        if (!objects.TryGetValue(path, out var target) || !target.Interfaces.TryGetValue(interfaceName, out var properties))
        {
            context.ReplyError("org.freedesktop.DBus.Error.InvalidArgs", $"No such interface '{interfaceName}'");
            return;
        }

        switch (member)
        {
            case "GetAll":
            {
                var writer = context.CreateReplyWriter("a{sv}");
                try
                {
                    FakeBluezMessages.WriteProperties(ref writer, properties);
                    context.Reply(writer.CreateMessage());
                }
                finally
                {
                    writer.Dispose();
                }

                return;
            }

            case "Get":
            {
                var name = reader.ReadString();
                if (!properties.TryGetValue(name, out var value))
                {
                    context.ReplyError("org.freedesktop.DBus.Error.InvalidArgs", $"No such property '{name}'");
                    return;
                }

                var writer = context.CreateReplyWriter("v");
                try
                {
                    writer.WriteVariant(value);
                    context.Reply(writer.CreateMessage());
                }
                finally
                {
                    writer.Dispose();
                }

                return;
            }

            case "Set":
            {
                var name = reader.ReadString();
                var value = reader.ReadVariantValue();
                SetWritableProperty(context, target, interfaceName, name, value);
                return;
            }

            default:
                context.ReplyUnknownMethodError();
                return;
        }
    }

    private void SetWritableProperty(MethodContext context, FakeBluezObject target, string interfaceName, string name, VariantValue value)
    {
        switch (interfaceName, name)
        {
            case (BluezNamesForFake.Adapter, "Powered") when value.Type == VariantValueType.Bool:
                ApplyPowered(value.GetBool());
                ReplyEmpty(context);
                return;
            case (BluezNamesForFake.Adapter or BluezNamesForFake.Device, "Alias") when value.Type == VariantValueType.String:
                SetProperty(target.Path, interfaceName, "Alias", value);
                ReplyEmpty(context);
                return;
            default:
                context.ReplyError("org.freedesktop.DBus.Error.PropertyReadOnly", $"Property '{name}' is not writable");
                return;
        }
    }
}
