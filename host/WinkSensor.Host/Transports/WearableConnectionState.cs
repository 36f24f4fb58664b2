namespace WinkSensor.Host.Transports;

/// <summary>Where a connection is in its life.</summary>
public enum WearableConnectionState
{
    Connected,

    /// <summary>The link dropped (device out of range, switched off, cable pulled, port vanished).
    /// The recorder opens a new connection and asks the device for the events it missed.</summary>
    Disconnected,

    /// <summary>The host closed the connection itself (dispose).</summary>
    Closed,
}

/// <summary>Raised once when a connection leaves <see cref="WearableConnectionState.Connected"/>.</summary>
/// <param name="State">The new state.</param>
/// <param name="Reason">Human-readable cause, e.g. "device reported Connected=false".</param>
public sealed record WearableConnectionStateChange(WearableConnectionState State, string Reason);
