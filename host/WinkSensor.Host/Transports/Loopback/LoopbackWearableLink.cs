namespace WinkSensor.Host.Transports.Loopback;

/// <summary>
/// An in-process link between a virtual wearable (device side: <see cref="Notify"/> plus an
/// <see cref="IWearableDeviceModel"/>) and the host (side <see cref="HostTransport"/>, the same
/// <see cref="IWearableTransport"/> the recorder uses for real devices). Optional faults drop notifications
/// or the whole link.
/// </summary>
public sealed class LoopbackWearableLink
{
    private readonly object gate = new();
    private readonly NotificationDice dice;
    private LoopbackConnection? connection;
    private int deliveredSinceConnect;

    /// <param name="device">What the wearable does with writes and reads.</param>
    /// <param name="address">The address the host connects to; also the advertised name's suffix.</param>
    /// <param name="maximumPayloadBytes">Largest frame per write/notification; default 244 (ATT MTU 247, the
    /// ESP32's usual negotiated value).</param>
    public LoopbackWearableLink(IWearableDeviceModel device, string address = "loopback:virtual-wearable",
        string name = "WinkSensor (virtual)", int maximumPayloadBytes = 244, LoopbackFaultInjection? faults = null)
    {
        Device = device;
        Address = address;
        Name = name;
        MaximumPayloadBytes = maximumPayloadBytes;
        Faults = faults ?? LoopbackFaultInjection.None;
        dice = new NotificationDice(Faults.RandomSeed);
        HostTransport = new LoopbackWearableTransport(this);
    }

    public IWearableDeviceModel Device { get; }

    public string Address { get; }

    public string Name { get; }

    public int MaximumPayloadBytes { get; }

    public LoopbackFaultInjection Faults { get; }

    /// <summary>The host's end: discover finds one wearable, connect opens it.</summary>
    public IWearableTransport HostTransport { get; }

    /// <summary>True while a host connection is open.</summary>
    public bool IsHostConnected
    {
        get { lock (gate) { return connection is { State: WearableConnectionState.Connected }; } }
    }

    /// <summary>Notifications the fault injection threw away since the link was created.</summary>
    public int DroppedNotifications { get; private set; }

    /// <summary>Of <see cref="DroppedNotifications"/>, those that carried a device event (the host must ask for them again).</summary>
    public int DroppedEventNotifications { get; private set; }

    /// <summary>Links dropped by <see cref="LoopbackFaultInjection.LinkDropProbability"/>.</summary>
    public int RandomLinkDrops { get; private set; }

    /// <summary>Device side: sends a notification frame. Returns false when no host is connected or the frame was dropped.</summary>
    public bool Notify(WearableChannel channel, byte[] frame)
    {
        LoopbackConnection? target;
        lock (gate)
        {
            target = connection;
            if (target is null || target.State != WearableConnectionState.Connected)
            {
                return false;
            }

            var (loss, linkDrop) = dice.Roll(channel, frame);
            if (linkDrop < Faults.LinkDropProbability)
            {
                RandomLinkDrops++;
                target = null;
            }
            else if (loss < Faults.NotificationDropProbability)
            {
                DroppedNotifications++;
                if (channel == WearableChannel.Events) DroppedEventNotifications++;
                return false;
            }
            else
            {
                deliveredSinceConnect++;
            }
        }

        if (target is null)
        {
            DropLink("fault injection: the link dropped at random");
            return false;
        }

        target.Receive(channel, frame);
        if (Faults.DisconnectAfterNotifications is int limit && deliveredSinceConnect >= limit)
        {
            DropLink("fault injection: link dropped after " + limit + " notifications");
        }

        return true;
    }

    /// <summary>Device side: the link drops (out of range, battery pulled). The host sees Disconnected.</summary>
    public void DropLink(string reason = "the virtual wearable dropped the link")
    {
        LoopbackConnection? target;
        lock (gate)
        {
            target = connection;
            connection = null;
        }

        target?.LinkLost(reason);
    }

    internal LoopbackConnection Open(string address)
    {
        if (!string.Equals(address, Address, StringComparison.Ordinal))
        {
            throw new WearableTransportException(TransportFailure.DeviceNotFound,
                $"No virtual wearable at '{address}'; the loopback one is '{Address}'.");
        }

        lock (gate)
        {
            connection?.LinkLost("replaced by a new connection");
            connection = new LoopbackConnection(this);
            deliveredSinceConnect = 0;
            return connection;
        }
    }

    internal void Closed(LoopbackConnection closed)
    {
        lock (gate)
        {
            if (ReferenceEquals(connection, closed))
            {
                connection = null;
            }
        }
    }
}
