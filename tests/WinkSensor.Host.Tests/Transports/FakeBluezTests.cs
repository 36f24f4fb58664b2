using Tmds.DBus.Protocol;
using WinkSensor.Host.Transports.Bluez;
using WinkSensor.Simulation.Bluez;

namespace WinkSensor.Host.Tests.Transports;

/// <summary>The fake org.bluez itself behaves like a D-Bus service tools can browse: introspection, Properties, errors.</summary>
public sealed class FakeBluezTests(PrivateSystemBus bus) : IClassFixture<PrivateSystemBus>
{
    private static Task<string> IntrospectAsync(DBusConnection connection, string path)
    {
        using var writer = connection.GetMessageWriter();
        writer.WriteMethodCallHeader("org.bluez", path, "org.freedesktop.DBus.Introspectable", "Introspect");
        return connection.CallMethodAsync(writer.CreateMessage(), static (message, _) => message.GetBodyReader().ReadString());
    }

    private static Task SetPoweredAsync(DBusConnection connection, bool powered)
    {
        using var writer = connection.GetMessageWriter();
        writer.WriteMethodCallHeader("org.bluez", "/org/bluez/hci0", "org.freedesktop.DBus.Properties", "Set", "ssv");
        writer.WriteString("org.bluez.Adapter1");
        writer.WriteString("Powered");
        writer.WriteVariantBool(powered);
        return connection.CallMethodAsync(writer.CreateMessage());
    }

    private static Task SetDiscoveringAsync(DBusConnection connection)
    {
        using var writer = connection.GetMessageWriter();
        writer.WriteMethodCallHeader("org.bluez", "/org/bluez/hci0", "org.freedesktop.DBus.Properties", "Set", "ssv");
        writer.WriteString("org.bluez.Adapter1");
        writer.WriteString("Discovering");
        writer.WriteVariantBool(true);
        return connection.CallMethodAsync(writer.CreateMessage());
    }

    [Fact]
    public async Task Introspection_walks_from_the_root_to_the_adapter()
    {
        await using var fake = await FakeBluez.StartAsync(bus.Address);
        using var client = await BluezClient.ConnectAsync(bus.Address, CancellationToken.None);

        var root = await IntrospectAsync(client.Connection, "/");
        var bluez = await IntrospectAsync(client.Connection, "/org/bluez");
        var adapter = await IntrospectAsync(client.Connection, "/org/bluez/hci0");

        Assert.Contains("<node name=\"org\"/>", root);
        Assert.Contains("org.freedesktop.DBus.ObjectManager", root);
        Assert.Contains("<node name=\"hci0\"/>", bluez);
        Assert.Contains("<interface name=\"org.bluez.Adapter1\">", adapter);
        Assert.Contains("<interface name=\"org.freedesktop.DBus.Properties\">", adapter);
    }

    [Fact]
    public async Task Properties_get_and_set_reach_the_adapter_and_read_only_ones_are_refused()
    {
        await using var fake = await FakeBluez.StartAsync(bus.Address);
        using var client = await BluezClient.ConnectAsync(bus.Address, CancellationToken.None);

        await SetPoweredAsync(client.Connection, false);
        var powered = await client.GetPropertyAsync("/org/bluez/hci0", "org.bluez.Adapter1", "Powered");
        var address = await client.GetPropertyAsync("/org/bluez/hci0", "org.bluez.Adapter1", "Address");
        var refused = await Assert.ThrowsAsync<DBusErrorReplyException>(() => SetDiscoveringAsync(client.Connection));

        Assert.False(powered.GetBool());
        Assert.Equal("00:1A:7D:DA:71:13", address.GetString());
        Assert.Equal("org.freedesktop.DBus.Error.PropertyReadOnly", refused.ErrorName);
        Assert.Empty(fake.HandlerFailures);
    }

    [Fact]
    public async Task Calls_to_unknown_objects_get_a_D_Bus_error_instead_of_breaking_the_fake()
    {
        await using var fake = await FakeBluez.StartAsync(bus.Address);
        using var client = await BluezClient.ConnectAsync(bus.Address, CancellationToken.None);

        var error = await Assert.ThrowsAsync<DBusErrorReplyException>(() => client.ConnectDeviceAsync("/org/bluez/hci0/dev_00_00_00_00_00_01"));
        var tree = await client.GetManagedObjectsAsync();

        Assert.Equal("org.freedesktop.DBus.Error.UnknownObject", error.ErrorName);
        Assert.Single(tree.WithInterface(BluezNames.Adapter));
    }
}
