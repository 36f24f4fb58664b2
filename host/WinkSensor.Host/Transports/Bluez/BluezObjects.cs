using Tmds.DBus.Protocol;

namespace WinkSensor.Host.Transports.Bluez;

/// <summary>The properties of one D-Bus interface on one object.</summary>
public sealed class BluezProperties(Dictionary<string, VariantValue> values)
{
    public IReadOnlyDictionary<string, VariantValue> Values => values;

    public void Apply(IReadOnlyDictionary<string, VariantValue> changed, IEnumerable<string> invalidated)
    {
        foreach (var (name, value) in changed)
        {
            values[name] = value;
        }

        foreach (var name in invalidated)
        {
            values.Remove(name);
        }
    }

    public string? String(string name) =>
        values.TryGetValue(name, out var v) && v.Type is VariantValueType.String or VariantValueType.ObjectPath
            ? (v.Type == VariantValueType.String ? v.GetString() : v.GetObjectPathAsString())
            : null;

    public bool? Bool(string name) =>
        values.TryGetValue(name, out var v) && v.Type == VariantValueType.Bool ? v.GetBool() : null;

    public short? Int16(string name) =>
        values.TryGetValue(name, out var v) && v.Type == VariantValueType.Int16 ? v.GetInt16() : null;

    public ushort? UInt16(string name) =>
        values.TryGetValue(name, out var v) && v.Type == VariantValueType.UInt16 ? v.GetUInt16() : null;

    public string[] Strings(string name) =>
        values.TryGetValue(name, out var v) && v.Type == VariantValueType.Array && v.ItemType == VariantValueType.String
            ? v.GetArray<string>()
            : [];
}

/// <summary>Snapshot of org.bluez's object tree: path → interface → properties.</summary>
public sealed class BluezObjectTree
{
    private readonly Dictionary<string, Dictionary<string, BluezProperties>> objects;

    public BluezObjectTree(Dictionary<string, Dictionary<string, BluezProperties>> objects) => this.objects = objects;

    public IEnumerable<(string Path, BluezProperties Properties)> WithInterface(string interfaceName)
    {
        foreach (var (path, interfaces) in objects)
        {
            if (interfaces.TryGetValue(interfaceName, out var properties))
            {
                yield return (path, properties);
            }
        }
    }

    public BluezProperties? Find(string path, string interfaceName) =>
        objects.TryGetValue(path, out var interfaces) && interfaces.TryGetValue(interfaceName, out var p) ? p : null;

    /// <summary>Reads the reply of ObjectManager.GetManagedObjects: a{oa{sa{sv}}}.</summary>
    public static BluezObjectTree Read(Message message, object? state)
    {
        var reader = message.GetBodyReader();
        var result = new Dictionary<string, Dictionary<string, BluezProperties>>(StringComparer.Ordinal);
        var objectsEnd = reader.ReadDictionaryStart();
        while (reader.HasNext(objectsEnd))
        {
            var path = reader.ReadObjectPathAsString();
            result[path] = ReadInterfaces(ref reader);
        }

        return new BluezObjectTree(result);
    }

    /// <summary>Reads a{sa{sv}} (interfaces and their properties), as in GetManagedObjects and InterfacesAdded.</summary>
    public static Dictionary<string, BluezProperties> ReadInterfaces(ref Reader reader)
    {
        var interfaces = new Dictionary<string, BluezProperties>(StringComparer.Ordinal);
        var end = reader.ReadDictionaryStart();
        while (reader.HasNext(end))
        {
            var name = reader.ReadString();
            interfaces[name] = new BluezProperties(reader.ReadDictionaryOfStringToVariantValue());
        }

        return interfaces;
    }
}
