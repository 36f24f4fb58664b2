namespace WinkSensor.Host.Transports;

/// <summary>
/// One way of reaching wearables (BlueZ, InTheHand, USB serial, loopback). The recorder discovers, connects,
/// and on <see cref="WearableConnectionState.Disconnected"/> connects again with the same address and asks the
/// device for the events it missed.
/// </summary>
public interface IWearableTransport : IAsyncDisposable
{
    TransportKind Kind { get; }

    /// <summary>Looks for wearables for up to <paramref name="scanDuration"/> and returns every one seen
    /// (deduplicated by address, latest signal strength).</summary>
    Task<IReadOnlyList<DiscoveredWearable>> DiscoverAsync(TimeSpan scanDuration, CancellationToken cancellationToken = default);

    /// <summary>Connects to the wearable at <paramref name="address"/> (see <see cref="DiscoveredWearable.Address"/>),
    /// finds the WinkSensor service and subscribes to every notification channel.</summary>
    /// <exception cref="WearableTransportException">With a <see cref="TransportFailure"/> saying what went wrong.</exception>
    Task<IWearableConnection> ConnectAsync(string address, CancellationToken cancellationToken = default);
}
