using Tmds.DBus.Protocol;

namespace WinkSensor.Simulation.Bluez;

/// <summary>Body writers for the fake's replies and signals. MessageWriter is a mutable struct: always by ref.</summary>
internal static class FakeBluezMessages
{
    /// <summary>a{sv}</summary>
    public static void WriteProperties(ref MessageWriter writer, Dictionary<string, VariantValue> properties)
    {
        var start = writer.WriteDictionaryStart();
        foreach (var (name, value) in properties)
        {
            writer.WriteDictionaryEntryStart();
            writer.WriteString(name);
            writer.WriteVariant(value);
        }

        writer.WriteDictionaryEnd(start);
    }

    /// <summary>a{sa{sv}}</summary>
    public static void WriteInterfaces(ref MessageWriter writer, Dictionary<string, Dictionary<string, VariantValue>> interfaces)
    {
        var start = writer.WriteDictionaryStart();
        foreach (var (name, properties) in interfaces)
        {
            writer.WriteDictionaryEntryStart();
            writer.WriteString(name);
            WriteProperties(ref writer, properties);
        }

        writer.WriteDictionaryEnd(start);
    }

    /// <summary>a{oa{sa{sv}}}</summary>
    public static void WriteManagedObjects(ref MessageWriter writer, IEnumerable<FakeBluezObject> objects)
    {
        var start = writer.WriteDictionaryStart();
        foreach (var item in objects)
        {
            writer.WriteDictionaryEntryStart();
            writer.WriteObjectPath(item.Path);
            WriteInterfaces(ref writer, item.Interfaces);
        }

        writer.WriteDictionaryEnd(start);
    }

    public static MessageBuffer PropertiesChanged(DBusConnection connection, string path, string interfaceName,
        Dictionary<string, VariantValue> changed)
    {
        var writer = connection.GetMessageWriter();
        try
        {
            writer.WriteSignalHeader(null, path, "org.freedesktop.DBus.Properties", "PropertiesChanged", "sa{sv}as");
            writer.WriteString(interfaceName);
            WriteProperties(ref writer, changed);
            writer.WriteArray(Array.Empty<string>());
            return writer.CreateMessage();
        }
        finally
        {
            writer.Dispose();
        }
    }

    public static MessageBuffer InterfacesAdded(DBusConnection connection, FakeBluezObject added)
    {
        var writer = connection.GetMessageWriter();
        try
        {
            writer.WriteSignalHeader(null, "/", "org.freedesktop.DBus.ObjectManager", "InterfacesAdded", "oa{sa{sv}}");
            writer.WriteObjectPath(added.Path);
            WriteInterfaces(ref writer, added.Interfaces);
            return writer.CreateMessage();
        }
        finally
        {
            writer.Dispose();
        }
    }

    public static MessageBuffer InterfacesRemoved(DBusConnection connection, FakeBluezObject removed)
    {
        var writer = connection.GetMessageWriter();
        try
        {
            writer.WriteSignalHeader(null, "/", "org.freedesktop.DBus.ObjectManager", "InterfacesRemoved", "oas");
            writer.WriteObjectPath(removed.Path);
            writer.WriteArray(removed.Interfaces.Keys.ToArray());
            return writer.CreateMessage();
        }
        finally
        {
            writer.Dispose();
        }
    }
}
