using WinkSensor.Host.Transports;
using WinkSensor.Host.Transports.Bluez;
using WinkSensor.Simulation.Bluez;

namespace WinkSensor.Host.Tests.Transports;

/// <summary>
/// The BlueZ transport against a fake org.bluez on a private dbus-daemon: every call and signal crosses a real bus.
/// </summary>
public sealed class BluezTransportTests(PrivateSystemBus bus) : IClassFixture<PrivateSystemBus>
{
    private const string WearableAddress = "F0:F5:BD:12:34:56";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private BluezWearableTransport NewTransport(string? adapterName = null) => new(new BluezTransportOptions
    {
        BusAddress = bus.Address,
        AdapterName = adapterName,
        ConnectScanTimeout = TimeSpan.FromMilliseconds(500),
        ServicesResolvedTimeout = TimeSpan.FromSeconds(5),
    });

    [Fact]
    public async Task Discovery_reports_the_advertising_wearable_and_skips_other_devices()
    {
        await using var fake = await FakeBluez.StartAsync(bus.Address);
        fake.AddWearable(new FakeWearable(WearableAddress, new ScriptedWearableModel()) { Name = "WinkSensor 3456", SignalStrengthDbm = -61 });
        fake.AddWearable(new FakeWearable("11:22:33:44:55:66", new ScriptedWearableModel())
        {
            Name = "Heart rate strap",
            AdvertisedServiceUuids = ["0000180d-0000-1000-8000-00805f9b34fb"],
        });
        await using var transport = NewTransport();

        var found = await transport.DiscoverAsync(TimeSpan.FromMilliseconds(300));

        var wearable = Assert.Single(found);
        Assert.Equal(new DiscoveredWearable("WinkSensor 3456", WearableAddress, -61, TransportKind.BluezBluetoothLowEnergy), wearable);
        Assert.Equal([WearableGattProfile.ServiceUuid], fake.DiscoveryFilter.Uuids);
        Assert.Equal("le", fake.DiscoveryFilter.Transport);
        Assert.False(fake.Discovering, "discovery must be stopped after the scan");
    }

    [Fact]
    public async Task Connect_resolves_services_subscribes_every_notifying_channel_and_reports_the_mtu()
    {
        await using var fake = await FakeBluez.StartAsync(bus.Address);
        fake.AddWearable(new FakeWearable(WearableAddress, new ScriptedWearableModel()) { AttMtu = 185 });
        await using var transport = NewTransport();

        await using var connection = await transport.ConnectAsync(WearableAddress);

        Assert.Equal(WearableConnectionState.Connected, connection.State);
        Assert.Equal(185 - 3, connection.MaximumPayloadBytes);
        foreach (var channel in WearableGattProfile.NotifyingChannels)
        {
            Assert.True(fake.IsNotifying(WearableAddress, channel), $"{channel} should be subscribed");
        }

        Assert.Empty(fake.HandlerFailures);
    }

    [Fact]
    public async Task Notifications_arrive_in_order_on_their_channels()
    {
        await using var fake = await FakeBluez.StartAsync(bus.Address);
        fake.AddWearable(new FakeWearable(WearableAddress, new ScriptedWearableModel()));
        await using var transport = NewTransport();
        await using var connection = await transport.ConnectAsync(WearableAddress);
        var channels = WearableGattProfile.NotifyingChannels;

        var sent = new List<(WearableChannel, byte[])>();
        for (var i = 0; i < 300; i++)
        {
            var channel = channels[i % channels.Count];
            byte[] frame = [(byte)i, (byte)(i >> 8), (byte)channel, 0xA5];
            Assert.True(fake.Notify(WearableAddress, channel, frame));
            sent.Add((channel, frame));
        }

        var received = new List<ReceivedFrame>();
        using var timeout = new CancellationTokenSource(Patience);
        while (received.Count < sent.Count)
        {
            received.Add(await connection.Frames.ReadAsync(timeout.Token));
        }

        Assert.Equal(sent.Select(s => s.Item1), received.Select(r => r.Channel));
        Assert.Equal(sent.Select(s => Convert.ToHexString(s.Item2)), received.Select(r => Convert.ToHexString(r.Payload)));
        Assert.True(received.Zip(received.Skip(1)).All(p => p.First.ArrivalTimestampTicks <= p.Second.ArrivalTimestampTicks),
            "arrival timestamps must not run backwards");
    }

    [Fact]
    public async Task Control_write_reaches_the_device_and_status_read_returns_its_value()
    {
        var model = new ScriptedWearableModel();
        model.Values[WearableChannel.Status] = [0x01, 0x5F];
        await using var fake = await FakeBluez.StartAsync(bus.Address);
        fake.AddWearable(new FakeWearable(WearableAddress, model));
        await using var transport = NewTransport();
        await using var connection = await transport.ConnectAsync(WearableAddress);

        await connection.WriteAsync(WearableChannel.Control, new byte[] { 0x10, 0x02, 0x03 });
        var status = await connection.ReadAsync(WearableChannel.Status);

        var write = Assert.Single(model.Writes);
        Assert.Equal(WearableChannel.Control, write.Channel);
        Assert.Equal([0x10, 0x02, 0x03], write.Frame);
        Assert.Equal([0x01, 0x5F], status);
    }

    [Fact]
    public async Task A_device_error_reply_to_a_write_surfaces_as_a_clear_rejection()
    {
        var model = new ScriptedWearableModel { RejectedCommand = 0x42, RejectionCode = 0x83 };
        await using var fake = await FakeBluez.StartAsync(bus.Address);
        fake.AddWearable(new FakeWearable(WearableAddress, model));
        await using var transport = NewTransport();
        await using var connection = await transport.ConnectAsync(WearableAddress);

        var error = await Assert.ThrowsAsync<WearableTransportException>(
            () => connection.WriteAsync(WearableChannel.Configuration, new byte[] { 0x42, 0x00 }));

        Assert.Equal(TransportFailure.WriteRejected, error.Failure);
        Assert.Contains("0x83", error.Message);
        Assert.Contains("Configuration", error.Message);
        Assert.Equal(WearableConnectionState.Connected, connection.State);
    }

    [Fact]
    public async Task A_frame_larger_than_the_link_is_refused_before_it_is_sent()
    {
        var model = new ScriptedWearableModel();
        await using var fake = await FakeBluez.StartAsync(bus.Address);
        fake.AddWearable(new FakeWearable(WearableAddress, model) { AttMtu = 23 });
        await using var transport = NewTransport();
        await using var connection = await transport.ConnectAsync(WearableAddress);

        var error = await Assert.ThrowsAsync<WearableTransportException>(
            () => connection.WriteAsync(WearableChannel.Control, new byte[21]));

        Assert.Equal(TransportFailure.FrameTooLarge, error.Failure);
        Assert.Empty(model.Writes);
    }

    [Fact]
    public async Task The_device_dropping_the_link_is_reported_as_disconnected()
    {
        await using var fake = await FakeBluez.StartAsync(bus.Address);
        fake.AddWearable(new FakeWearable(WearableAddress, new ScriptedWearableModel()));
        await using var transport = NewTransport();
        await using var connection = await transport.ConnectAsync(WearableAddress);
        var change = new TaskCompletionSource<WearableConnectionStateChange>();
        connection.StateChanged += (_, e) => change.TrySetResult(e);

        fake.DropConnection(WearableAddress);

        var reported = await change.Task.WaitAsync(Patience);
        Assert.Equal(WearableConnectionState.Disconnected, reported.State);
        Assert.Contains("Connected=false", reported.Reason);
        await connection.Frames.Completion.WaitAsync(Patience);
        var error = await Assert.ThrowsAsync<WearableTransportException>(
            () => connection.WriteAsync(WearableChannel.Control, new byte[] { 1 }));
        Assert.Equal(TransportFailure.NotConnected, error.Failure);
    }

    [Fact]
    public async Task Reconnecting_after_a_drop_delivers_notifications_again()
    {
        await using var fake = await FakeBluez.StartAsync(bus.Address);
        fake.AddWearable(new FakeWearable(WearableAddress, new ScriptedWearableModel()));
        await using var transport = NewTransport();
        var first = await transport.ConnectAsync(WearableAddress);
        fake.DropConnection(WearableAddress);
        await first.Frames.Completion.WaitAsync(Patience);
        await first.DisposeAsync();

        await using var second = await transport.ConnectAsync(WearableAddress);
        Assert.True(fake.Notify(WearableAddress, WearableChannel.Events, [0x07, 0x01]));
        using var timeout = new CancellationTokenSource(Patience);
        var frame = await second.Frames.ReadAsync(timeout.Token);

        Assert.Equal(2, fake.ConnectCalls(WearableAddress));
        Assert.Equal(WearableChannel.Events, frame.Channel);
        Assert.Equal([0x07, 0x01], frame.Payload);
    }

    [Fact]
    public async Task Closing_the_connection_unsubscribes_and_disconnects_the_device()
    {
        await using var fake = await FakeBluez.StartAsync(bus.Address);
        fake.AddWearable(new FakeWearable(WearableAddress, new ScriptedWearableModel()));
        await using var transport = NewTransport();
        var connection = await transport.ConnectAsync(WearableAddress);

        await connection.DisposeAsync();

        Assert.Equal(WearableConnectionState.Closed, connection.State);
        Assert.False(fake.IsNotifying(WearableAddress, WearableChannel.Events));
        Assert.False(fake.Notify(WearableAddress, WearableChannel.Events, [1]), "device should be disconnected");
    }

    [Fact]
    public async Task A_device_without_the_WinkSensor_service_is_reported_as_wrong_firmware_and_released()
    {
        await using var fake = await FakeBluez.StartAsync(bus.Address);
        fake.AddWearable(new FakeWearable(WearableAddress, new ScriptedWearableModel())
        {
            KnownBeforeStart = true,
            AdvertisedServiceUuids = [],
            GattServiceUuid = "0000180f-0000-1000-8000-00805f9b34fb",
        });
        await using var transport = NewTransport();

        var error = await Assert.ThrowsAsync<WearableTransportException>(() => transport.ConnectAsync(WearableAddress));

        Assert.Equal(TransportFailure.ServiceNotFound, error.Failure);
        Assert.Contains("WinkSensor service", error.Message);
        Assert.Contains("0000180f", error.Detail);
        Assert.False(fake.Notify(WearableAddress, WearableChannel.Events, [1]), "the transport must disconnect again");
    }

    [Fact]
    public async Task No_adapter_is_a_clear_error()
    {
        await using var fake = await FakeBluez.StartAsync(bus.Address, new FakeBluezOptions { HasAdapter = false });
        await using var transport = NewTransport();

        var error = await Assert.ThrowsAsync<WearableTransportException>(() => transport.DiscoverAsync(TimeSpan.FromMilliseconds(100)));

        Assert.Equal(TransportFailure.NoAdapter, error.Failure);
        Assert.Contains("No Bluetooth adapter", error.Message);
    }

    [Fact]
    public async Task No_BlueZ_on_the_bus_is_a_clear_error()
    {
        await using var transport = NewTransport();

        var error = await Assert.ThrowsAsync<WearableTransportException>(() => transport.ConnectAsync(WearableAddress));

        Assert.Equal(TransportFailure.NoAdapter, error.Failure);
        Assert.Contains("BlueZ", error.Message);
    }

    [Fact]
    public async Task A_switched_off_adapter_is_a_clear_error_for_discovery_and_connect()
    {
        await using var fake = await FakeBluez.StartAsync(bus.Address, new FakeBluezOptions { AdapterPowered = false });
        fake.AddWearable(new FakeWearable(WearableAddress, new ScriptedWearableModel()) { KnownBeforeStart = true });
        await using var transport = NewTransport();

        var scanError = await Assert.ThrowsAsync<WearableTransportException>(() => transport.DiscoverAsync(TimeSpan.FromMilliseconds(100)));
        var connectError = await Assert.ThrowsAsync<WearableTransportException>(() => transport.ConnectAsync(WearableAddress));

        Assert.Equal(TransportFailure.AdapterPoweredOff, scanError.Failure);
        Assert.Equal(TransportFailure.AdapterPoweredOff, connectError.Failure);
        Assert.Contains("switched off", scanError.Message);
    }

    [Fact]
    public async Task Switching_the_adapter_off_while_connected_reports_a_disconnect()
    {
        await using var fake = await FakeBluez.StartAsync(bus.Address);
        fake.AddWearable(new FakeWearable(WearableAddress, new ScriptedWearableModel()));
        await using var transport = NewTransport();
        await using var connection = await transport.ConnectAsync(WearableAddress);

        fake.SetAdapterPowered(false);

        await connection.Frames.Completion.WaitAsync(Patience);
        Assert.Equal(WearableConnectionState.Disconnected, connection.State);
    }

    [Fact]
    public async Task An_unknown_address_is_reported_as_device_not_found()
    {
        await using var fake = await FakeBluez.StartAsync(bus.Address);
        fake.AddWearable(new FakeWearable(WearableAddress, new ScriptedWearableModel()));
        await using var transport = NewTransport();

        var error = await Assert.ThrowsAsync<WearableTransportException>(() => transport.ConnectAsync("AA:BB:CC:00:00:01"));

        Assert.Equal(TransportFailure.DeviceNotFound, error.Failure);
        Assert.Contains("AA:BB:CC:00:00:01", error.Message);
    }

    [Fact]
    public async Task A_refused_connection_is_reported_as_connection_failed()
    {
        await using var fake = await FakeBluez.StartAsync(bus.Address);
        fake.AddWearable(new FakeWearable(WearableAddress, new ScriptedWearableModel()) { RefusesConnection = true });
        await using var transport = NewTransport();

        var error = await Assert.ThrowsAsync<WearableTransportException>(() => transport.ConnectAsync(WearableAddress));

        Assert.Equal(TransportFailure.ConnectionFailed, error.Failure);
        Assert.Contains("le-connection-abort-by-local", error.Message);
    }

    [Fact]
    public async Task A_device_answering_with_an_authentication_error_is_reported_as_not_paired()
    {
        await using var fake = await FakeBluez.StartAsync(bus.Address);
        fake.AddWearable(new FakeWearable(WearableAddress, new ScriptedWearableModel()) { RequiresPairing = true });
        await using var transport = NewTransport();

        var error = await Assert.ThrowsAsync<WearableTransportException>(() => transport.ConnectAsync(WearableAddress));

        Assert.Equal(TransportFailure.NotPaired, error.Failure);
        Assert.Contains("pair", error.Message);
        Assert.Contains("org.bluez.Error.NotPermitted", error.Detail);
    }
}
