namespace WinkSensor.Host.Transports.Loopback;

/// <summary>One host connection over a <see cref="LoopbackWearableLink"/>.</summary>
internal sealed class LoopbackConnection(LoopbackWearableLink link) : WearableConnectionBase(link.Address, TransportKind.Loopback)
{
    public override int MaximumPayloadBytes => link.MaximumPayloadBytes;

    internal void Receive(WearableChannel channel, byte[] frame) => Deliver(channel, (byte[])frame.Clone());

    internal void LinkLost(string reason) => MarkDisconnected(reason);

    public override Task WriteAsync(WearableChannel channel, ReadOnlyMemory<byte> frame, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfNotConnected();
        ThrowIfTooLarge(frame);
        var result = link.Device.HandleWrite(channel, frame.ToArray());
        return result.IsAccepted ? Task.CompletedTask : Task.FromException(WriteRejection.ToException(channel, result.AttErrorCode));
    }

    public override Task<byte[]> ReadAsync(WearableChannel channel, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ThrowIfNotConnected();
        return Task.FromResult((byte[])link.Device.Read(channel).Clone());
    }

    public override ValueTask DisposeAsync()
    {
        MarkClosed();
        link.Closed(this);
        return ValueTask.CompletedTask;
    }
}
