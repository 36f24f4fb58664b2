using WinkSensor.Host.Transports;
using WinkSensor.Host.Transports.Loopback;

namespace WinkSensor.Simulation.VirtualWearable;

/// <summary>
/// A virtual wearable on the loopback transport: the wearable is the link's device model, its frames go out as the
/// link's notifications (with the link's fault injection), and <see cref="HostTransport"/> is what the recorder
/// connects through. Leaving radio range drops the link and makes connection attempts fail until it is back.
/// </summary>
public sealed class VirtualWearableLoopback : IWearableRadioRange
{
    private volatile string? outOfRangeReason;

    public VirtualWearableLoopback(VirtualWearable wearable, LoopbackFaultInjection? faults = null,
        string address = "loopback:virtual-wearable", int maximumPayloadBytes = 20)
    {
        Wearable = wearable;
        Link = new LoopbackWearableLink(wearable, address, "WinkSensor (virtual)", maximumPayloadBytes, faults);
        wearable.Attach(new NotificationFrameLink(Link.Notify, () => Link.IsHostConnected, maximumPayloadBytes));
        HostTransport = new RangeLimitedTransport(this, Link.HostTransport);
    }

    public VirtualWearable Wearable { get; }

    public LoopbackWearableLink Link { get; }

    public string Address => Link.Address;

    /// <summary>The host's end, as for a real wearable.</summary>
    public IWearableTransport HostTransport { get; }

    public bool InRange => outOfRangeReason is null;

    /// <summary>Times the link was dropped by leaving range.</summary>
    public int RangeLosses { get; private set; }

    public void LeaveRange(string reason)
    {
        outOfRangeReason = reason;
        RangeLosses++;
        Link.DropLink(reason);
    }

    public void ReturnToRange() => outOfRangeReason = null;

    private sealed class RangeLimitedTransport(VirtualWearableLoopback owner, IWearableTransport inner) : IWearableTransport
    {
        public TransportKind Kind => inner.Kind;

        public Task<IReadOnlyList<DiscoveredWearable>> DiscoverAsync(TimeSpan scanDuration, CancellationToken cancellationToken = default) =>
            owner.InRange ? inner.DiscoverAsync(scanDuration, cancellationToken)
                : Task.FromResult<IReadOnlyList<DiscoveredWearable>>([]);

        public Task<IWearableConnection> ConnectAsync(string address, CancellationToken cancellationToken = default)
        {
            if (owner.outOfRangeReason is { } reason)
                throw new WearableTransportException(TransportFailure.DeviceNotFound,
                    $"The wearable at {address} is out of range.", reason);
            return inner.ConnectAsync(address, cancellationToken);
        }

        public ValueTask DisposeAsync() => inner.DisposeAsync();
    }
}
