using System.Threading.Channels;

namespace WinkSensor.Host.Transports;

/// <summary>A live link to one wearable. Dispose to close it.</summary>
public interface IWearableConnection : IAsyncDisposable
{
    /// <summary>The address it was opened with.</summary>
    string Address { get; }

    TransportKind Kind { get; }

    /// <summary>Largest frame, in bytes, one write or notification can carry on this link
    /// (Bluetooth LE: negotiated ATT MTU − 3).</summary>
    int MaximumPayloadBytes { get; }

    WearableConnectionState State { get; }

    /// <summary>Raised once when the connection stops being <see cref="WearableConnectionState.Connected"/>.
    /// Runs on a transport thread: hand work off, don't block.</summary>
    event EventHandler<WearableConnectionStateChange>? StateChanged;

    /// <summary>Notification frames from every channel in arrival order. Completes when the link goes down.</summary>
    ChannelReader<ReceivedFrame> Frames { get; }

    /// <summary>Writes a control or configuration frame and waits until the link has delivered it (Bluetooth LE: the
    /// ATT write response). The device's own verdict comes back as a CommandResult frame on
    /// <see cref="WearableChannel.Control"/> in <see cref="Frames"/>.</summary>
    /// <exception cref="WearableTransportException"><see cref="TransportFailure.WriteRejected"/> when the device's
    /// stack refuses the write with an ATT error, <see cref="TransportFailure.NotPaired"/>, <see cref="TransportFailure.NotConnected"/>.</exception>
    Task WriteAsync(WearableChannel channel, ReadOnlyMemory<byte> frame, CancellationToken cancellationToken = default);

    /// <summary>Reads the current value of a readable channel (status, configuration).</summary>
    Task<byte[]> ReadAsync(WearableChannel channel, CancellationToken cancellationToken = default);
}
