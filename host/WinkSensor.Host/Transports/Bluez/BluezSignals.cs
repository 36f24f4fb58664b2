using Tmds.DBus.Protocol;

namespace WinkSensor.Host.Transports.Bluez;

/// <summary>org.freedesktop.DBus.Properties.PropertiesChanged: (interface, changed, invalidated) on <paramref name="Path"/>.</summary>
public sealed record PropertiesChangedSignal(string Path, string Interface, Dictionary<string, VariantValue> Changed, string[] Invalidated)
{
    public static PropertiesChangedSignal Read(Message message, object? state)
    {
        var reader = message.GetBodyReader();
        var interfaceName = reader.ReadString();
        var changed = reader.ReadDictionaryOfStringToVariantValue();
        var invalidated = reader.ReadArrayOfString();
        return new PropertiesChangedSignal(message.PathAsString ?? "", interfaceName, changed, invalidated);
    }
}

/// <summary>ObjectManager.InterfacesAdded (o, a{sa{sv}}).</summary>
public sealed record InterfacesAddedSignal(string ObjectPath, Dictionary<string, BluezProperties> Interfaces)
{
    public static InterfacesAddedSignal Read(Message message, object? state)
    {
        var reader = message.GetBodyReader();
        var path = reader.ReadObjectPathAsString();
        return new InterfacesAddedSignal(path, BluezObjectTree.ReadInterfaces(ref reader));
    }
}

/// <summary>ObjectManager.InterfacesRemoved (o, as).</summary>
public sealed record InterfacesRemovedSignal(string ObjectPath, string[] Interfaces)
{
    public static InterfacesRemovedSignal Read(Message message, object? state)
    {
        var reader = message.GetBodyReader();
        return new InterfacesRemovedSignal(reader.ReadObjectPathAsString(), reader.ReadArrayOfString());
    }
}
