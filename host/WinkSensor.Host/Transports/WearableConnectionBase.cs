using System.Threading.Channels;

namespace WinkSensor.Host.Transports;

/// <summary>
/// Shared bookkeeping for every transport's connection: the frame queue, the one-time state change and
/// the "is it still up" guard. Subclasses call <see cref="Deliver"/> and <see cref="MarkDisconnected"/>.
/// </summary>
public abstract class WearableConnectionBase : IWearableConnection
{
    private readonly Channel<ReceivedFrame> frames = Channel.CreateUnbounded<ReceivedFrame>(
        new UnboundedChannelOptions { SingleReader = false, SingleWriter = false });
    private int state = (int)WearableConnectionState.Connected;

    protected WearableConnectionBase(string address, TransportKind kind)
    {
        Address = address;
        Kind = kind;
    }

    public string Address { get; }

    public TransportKind Kind { get; }

    public abstract int MaximumPayloadBytes { get; }

    public WearableConnectionState State => (WearableConnectionState)Volatile.Read(ref state);

    public event EventHandler<WearableConnectionStateChange>? StateChanged;

    public ChannelReader<ReceivedFrame> Frames => frames.Reader;

    public abstract Task WriteAsync(WearableChannel channel, ReadOnlyMemory<byte> frame, CancellationToken cancellationToken = default);

    public abstract Task<byte[]> ReadAsync(WearableChannel channel, CancellationToken cancellationToken = default);

    /// <summary>Queues a received notification, stamped now. Ignored once the link is down.</summary>
    protected void Deliver(WearableChannel channel, byte[] payload)
    {
        if (State == WearableConnectionState.Connected)
        {
            frames.Writer.TryWrite(ReceivedFrame.Now(channel, payload));
        }
    }

    /// <summary>Reports the link as dropped (first call wins); completes <see cref="Frames"/>.</summary>
    protected void MarkDisconnected(string reason) => Leave(WearableConnectionState.Disconnected, reason);

    /// <summary>Marks the connection closed by the host; returns false if it was already down.</summary>
    protected bool MarkClosed() => Leave(WearableConnectionState.Closed, "closed by the host");

    protected void ThrowIfNotConnected()
    {
        if (State != WearableConnectionState.Connected)
        {
            throw new WearableTransportException(TransportFailure.NotConnected,
                $"The wearable at {Address} is no longer connected; connect again.");
        }
    }

    protected void ThrowIfTooLarge(ReadOnlyMemory<byte> frame)
    {
        if (frame.Length > MaximumPayloadBytes)
        {
            throw new WearableTransportException(TransportFailure.FrameTooLarge,
                $"A {frame.Length}-byte frame does not fit this link (at most {MaximumPayloadBytes} bytes).");
        }
    }

    private bool Leave(WearableConnectionState newState, string reason)
    {
        if (Interlocked.CompareExchange(ref state, (int)newState, (int)WearableConnectionState.Connected)
            != (int)WearableConnectionState.Connected)
        {
            return false;
        }

        frames.Writer.TryComplete();
        try
        {
            StateChanged?.Invoke(this, new WearableConnectionStateChange(newState, reason));
        }
        catch (Exception)
        {
            // A subscriber's bug must not take the transport's receive thread down with it.
        }

        return true;
    }

    public abstract ValueTask DisposeAsync();
}
