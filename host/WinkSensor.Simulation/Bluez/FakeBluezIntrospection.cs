using System.Text;

namespace WinkSensor.Simulation.Bluez;

/// <summary>Introspection XML for the fake's objects: the interfaces an object implements plus its child nodes,
/// so tools such as busctl or d-feet can browse the fake tree like the real one.</summary>
internal static class FakeBluezIntrospection
{
    private static readonly Dictionary<string, string> InterfaceXml = new(StringComparer.Ordinal)
    {
        ["org.freedesktop.DBus.ObjectManager"] = """
            <interface name="org.freedesktop.DBus.ObjectManager">
              <method name="GetManagedObjects"><arg name="objects" type="a{oa{sa{sv}}}" direction="out"/></method>
              <signal name="InterfacesAdded"><arg name="object" type="o"/><arg name="interfaces" type="a{sa{sv}}"/></signal>
              <signal name="InterfacesRemoved"><arg name="object" type="o"/><arg name="interfaces" type="as"/></signal>
            </interface>
            """,
        ["org.bluez.Adapter1"] = """
            <interface name="org.bluez.Adapter1">
              <method name="StartDiscovery"/>
              <method name="StopDiscovery"/>
              <method name="SetDiscoveryFilter"><arg name="properties" type="a{sv}" direction="in"/></method>
              <method name="RemoveDevice"><arg name="device" type="o" direction="in"/></method>
              <property name="Address" type="s" access="read"/>
              <property name="Name" type="s" access="read"/>
              <property name="Alias" type="s" access="readwrite"/>
              <property name="Powered" type="b" access="readwrite"/>
              <property name="Discovering" type="b" access="read"/>
            </interface>
            """,
        ["org.bluez.Device1"] = """
            <interface name="org.bluez.Device1">
              <method name="Connect"/>
              <method name="Disconnect"/>
              <property name="Address" type="s" access="read"/>
              <property name="AddressType" type="s" access="read"/>
              <property name="Name" type="s" access="read"/>
              <property name="Alias" type="s" access="readwrite"/>
              <property name="UUIDs" type="as" access="read"/>
              <property name="Paired" type="b" access="read"/>
              <property name="Connected" type="b" access="read"/>
              <property name="ServicesResolved" type="b" access="read"/>
              <property name="RSSI" type="n" access="read"/>
              <property name="Adapter" type="o" access="read"/>
            </interface>
            """,
        ["org.bluez.GattService1"] = """
            <interface name="org.bluez.GattService1">
              <property name="UUID" type="s" access="read"/>
              <property name="Device" type="o" access="read"/>
              <property name="Primary" type="b" access="read"/>
            </interface>
            """,
        ["org.bluez.GattCharacteristic1"] = """
            <interface name="org.bluez.GattCharacteristic1">
              <method name="ReadValue"><arg name="options" type="a{sv}" direction="in"/><arg name="value" type="ay" direction="out"/></method>
              <method name="WriteValue"><arg name="value" type="ay" direction="in"/><arg name="options" type="a{sv}" direction="in"/></method>
              <method name="StartNotify"/>
              <method name="StopNotify"/>
              <property name="UUID" type="s" access="read"/>
              <property name="Service" type="o" access="read"/>
              <property name="Value" type="ay" access="read"/>
              <property name="Notifying" type="b" access="read"/>
              <property name="Flags" type="as" access="read"/>
              <property name="MTU" type="q" access="read"/>
            </interface>
            """,
    };

    private const string StandardInterfaces = """
        <interface name="org.freedesktop.DBus.Introspectable">
          <method name="Introspect"><arg name="xml" type="s" direction="out"/></method>
        </interface>
        <interface name="org.freedesktop.DBus.Properties">
          <method name="Get"><arg name="interface" type="s" direction="in"/><arg name="name" type="s" direction="in"/><arg name="value" type="v" direction="out"/></method>
          <method name="GetAll"><arg name="interface" type="s" direction="in"/><arg name="properties" type="a{sv}" direction="out"/></method>
          <method name="Set"><arg name="interface" type="s" direction="in"/><arg name="name" type="s" direction="in"/><arg name="value" type="v" direction="in"/></method>
          <signal name="PropertiesChanged"><arg name="interface" type="s"/><arg name="changed" type="a{sv}"/><arg name="invalidated" type="as"/></signal>
        </interface>
        """;

    public static string For(string path, IEnumerable<string> interfaces, IEnumerable<string> childNames)
    {
        var xml = new StringBuilder();
        xml.Append("<!DOCTYPE node PUBLIC \"-//freedesktop//DTD D-BUS Object Introspection 1.0//EN\" ")
           .Append("\"http://www.freedesktop.org/standards/dbus/1.0/introspect.dtd\">\n");
        xml.Append("<node name=\"").Append(path).Append("\">\n").Append(StandardInterfaces).Append('\n');
        foreach (var name in interfaces)
        {
            if (InterfaceXml.TryGetValue(name, out var body))
            {
                xml.Append(body).Append('\n');
            }
        }

        foreach (var child in childNames)
        {
            xml.Append("<node name=\"").Append(child).Append("\"/>\n");
        }

        return xml.Append("</node>\n").ToString();
    }
}
