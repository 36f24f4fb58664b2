using Tmds.DBus.Protocol;

namespace WinkSensor.Simulation.Bluez;

/// <summary>One exported object in the fake tree: its path and the properties of each interface it implements.</summary>
internal sealed class FakeBluezObject(string path)
{
    public string Path { get; } = path;

    /// <summary>Interface name → property name → value. Insertion-ordered so replies look like BlueZ's.</summary>
    public Dictionary<string, Dictionary<string, VariantValue>> Interfaces { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, VariantValue> Add(string interfaceName, Dictionary<string, VariantValue> properties)
    {
        Interfaces[interfaceName] = properties;
        return properties;
    }
}
