using WinkSensor.Host.Transports;
using WinkSensor.Host.Transports.Loopback;

namespace WinkSensor.Host.Tests.Transports;

/// <summary>The in-process link between the virtual wearable and the host, with and without injected faults.</summary>
public sealed class LoopbackTransportTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Discovery_lists_the_virtual_wearable_and_notifications_arrive_in_order()
    {
        var link = new LoopbackWearableLink(new ScriptedWearableModel());
        var found = Assert.Single(await link.HostTransport.DiscoverAsync(TimeSpan.Zero));
        await using var connection = await link.HostTransport.ConnectAsync(found.Address);

        for (byte i = 0; i < 50; i++)
        {
            Assert.True(link.Notify(i % 2 == 0 ? WearableChannel.Events : WearableChannel.LiveAngles, [i]));
        }

        var received = new List<ReceivedFrame>();
        while (connection.Frames.TryRead(out var frame))
        {
            received.Add(frame);
        }

        Assert.Equal(TransportKind.Loopback, found.Kind);
        Assert.Equal(Enumerable.Range(0, 50).Select(i => (byte)i), received.Select(r => r.Payload[0]));
        Assert.All(received, r => Assert.Equal(r.Payload[0] % 2 == 0 ? WearableChannel.Events : WearableChannel.LiveAngles, r.Channel));
    }

    [Fact]
    public async Task Writes_reach_the_device_model_and_its_rejection_is_a_clear_error()
    {
        var model = new ScriptedWearableModel { RejectedCommand = 0x30, RejectionCode = 0x80 };
        var link = new LoopbackWearableLink(model);
        await using var connection = await link.HostTransport.ConnectAsync(link.Address);

        await connection.WriteAsync(WearableChannel.Configuration, new byte[] { 0x21, 0x01 });
        var error = await Assert.ThrowsAsync<WearableTransportException>(
            () => connection.WriteAsync(WearableChannel.Control, new byte[] { 0x30 }));

        Assert.Equal(2, model.Writes.Count);
        Assert.Equal([0x21, 0x01], await connection.ReadAsync(WearableChannel.Configuration));
        Assert.Equal(TransportFailure.WriteRejected, error.Failure);
        Assert.Contains("0x80", error.Message);
    }

    [Fact]
    public async Task A_device_answering_insufficient_authentication_is_reported_as_not_paired()
    {
        var link = new LoopbackWearableLink(new RefusingModel());
        await using var connection = await link.HostTransport.ConnectAsync(link.Address);

        var error = await Assert.ThrowsAsync<WearableTransportException>(
            () => connection.WriteAsync(WearableChannel.Control, new byte[] { 1 }));

        Assert.Equal(TransportFailure.NotPaired, error.Failure);
    }

    [Fact]
    public async Task Dropped_notifications_are_lost_reproducibly_and_the_rest_arrive()
    {
        async Task<(int Received, int Dropped)> RunAsync()
        {
            var link = new LoopbackWearableLink(new ScriptedWearableModel(),
                faults: new LoopbackFaultInjection { NotificationDropProbability = 0.2, RandomSeed = 7 });
            await using var connection = await link.HostTransport.ConnectAsync(link.Address);
            for (var i = 0; i < 1000; i++)
            {
                link.Notify(WearableChannel.Events, [(byte)i]);
            }

            var received = 0;
            while (connection.Frames.TryRead(out _))
            {
                received++;
            }

            return (received, link.DroppedNotifications);
        }

        var first = await RunAsync();
        var second = await RunAsync();

        Assert.Equal(1000, first.Received + first.Dropped);
        Assert.InRange(first.Dropped, 150, 250); // 20 % of 1000, binomial spread ±4 standard deviations
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task An_injected_disconnect_is_reported_and_a_new_connection_works()
    {
        var link = new LoopbackWearableLink(new ScriptedWearableModel(),
            faults: new LoopbackFaultInjection { DisconnectAfterNotifications = 3 });
        var first = await link.HostTransport.ConnectAsync(link.Address);
        var change = new TaskCompletionSource<WearableConnectionStateChange>();
        first.StateChanged += (_, e) => change.TrySetResult(e);

        for (byte i = 0; i < 5; i++)
        {
            link.Notify(WearableChannel.Events, [i]);
        }

        var reported = await change.Task.WaitAsync(Patience);
        Assert.Equal(WearableConnectionState.Disconnected, reported.State);
        Assert.False(link.IsHostConnected);
        var delivered = 0;
        while (first.Frames.TryRead(out _))
        {
            delivered++;
        }

        Assert.Equal(3, delivered);
        await using var second = await link.HostTransport.ConnectAsync(link.Address);
        Assert.True(link.Notify(WearableChannel.Status, [9]));
        Assert.True(second.Frames.TryRead(out var frame));
        Assert.Equal(WearableChannel.Status, frame.Channel);
    }

    [Fact]
    public async Task A_wrong_address_is_reported_as_device_not_found()
    {
        var link = new LoopbackWearableLink(new ScriptedWearableModel());

        var error = await Assert.ThrowsAsync<WearableTransportException>(() => link.HostTransport.ConnectAsync("loopback:other"));

        Assert.Equal(TransportFailure.DeviceNotFound, error.Failure);
    }

    private sealed class RefusingModel : IWearableDeviceModel
    {
        public DeviceWriteResult HandleWrite(WearableChannel channel, byte[] frame) => DeviceWriteResult.InsufficientAuthentication;

        public byte[] Read(WearableChannel channel) => [];
    }
}
