namespace WinkSensor.Host.Transports.Loopback;

/// <summary>The host end of a <see cref="LoopbackWearableLink"/>.</summary>
internal sealed class LoopbackWearableTransport(LoopbackWearableLink link) : IWearableTransport
{
    public TransportKind Kind => TransportKind.Loopback;

    public Task<IReadOnlyList<DiscoveredWearable>> DiscoverAsync(TimeSpan scanDuration, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<DiscoveredWearable> found = [new DiscoveredWearable(link.Name, link.Address, null, TransportKind.Loopback)];
        return Task.FromResult(found);
    }

    public Task<IWearableConnection> ConnectAsync(string address, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult<IWearableConnection>(link.Open(address));
    }

    public ValueTask DisposeAsync()
    {
        link.DropLink("loopback transport disposed");
        return ValueTask.CompletedTask;
    }
}
