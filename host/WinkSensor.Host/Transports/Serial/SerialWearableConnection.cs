using System.Collections.Concurrent;
using System.IO.Ports;

namespace WinkSensor.Host.Transports.Serial;

/// <summary>
/// One open serial port: a receive loop unwraps frames (skipping line noise) and files each under the channel its
/// frame type names; writes wrap frames the same way. A read error, end of stream or the port's device node
/// disappearing (USB unplugged) reports <see cref="WearableConnectionState.Disconnected"/>.
/// </summary>
internal sealed class SerialWearableConnection : WearableConnectionBase
{
    private readonly SerialPort port;
    private readonly SerialTransportOptions options;
    private readonly ISerialFrameDecoder decoder;
    private readonly CancellationTokenSource stop = new();
    private readonly SemaphoreSlim writeGate = new(1, 1);
    private readonly ConcurrentDictionary<WearableChannel, TaskCompletionSource<byte[]>> pendingReads = new();
    private readonly Task receiveLoop;
    private readonly Task presenceWatch;

    public SerialWearableConnection(SerialPort port, string address, SerialTransportOptions options)
        : base(address, TransportKind.UsbSerial)
    {
        this.port = port;
        this.options = options;
        decoder = options.Framing.CreateDecoder();
        receiveLoop = Task.Factory.StartNew(ReceiveLoopAsync, CancellationToken.None,
            TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();
        presenceWatch = WatchPortPresenceAsync();
    }

    public override int MaximumPayloadBytes => options.Framing.MaximumFrameBytes;

    /// <summary>Damaged chunks skipped on the line so far.</summary>
    public int FramesRejected => decoder.FramesRejected;

    public override async Task WriteAsync(WearableChannel channel, ReadOnlyMemory<byte> frame, CancellationToken cancellationToken = default)
    {
        ThrowIfNotConnected();
        ThrowIfTooLarge(frame);
        var encoded = options.Framing.Encode(frame.Span);
        await writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ThrowIfNotConnected();
            await port.BaseStream.WriteAsync(encoded, cancellationToken).ConfigureAwait(false);
            await port.BaseStream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or ObjectDisposedException or TimeoutException)
        {
            MarkDisconnected($"writing to {Address} failed: {ex.Message}");
            throw new WearableTransportException(TransportFailure.NotConnected,
                $"The serial port {Address} went away while writing; plug the wearable in and connect again.", ex.Message, ex);
        }
        finally
        {
            writeGate.Release();
        }
    }

    public override async Task<byte[]> ReadAsync(WearableChannel channel, CancellationToken cancellationToken = default)
    {
        ThrowIfNotConnected();
        if (options.ReadRequestFrame is null)
        {
            throw new WearableTransportException(TransportFailure.ReadFailed,
                $"Reading {channel} over USB serial needs the protocol's read request (SerialTransportOptions.ReadRequestFrame).");
        }

        var answer = new TaskCompletionSource<byte[]>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!pendingReads.TryAdd(channel, answer))
        {
            throw new WearableTransportException(TransportFailure.ReadFailed, $"A read of {channel} is already waiting for its answer.");
        }

        try
        {
            await WriteAsync(WearableChannel.Control, options.ReadRequestFrame(channel), cancellationToken).ConfigureAwait(false);
            return await answer.Task.WaitAsync(options.ReadTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new WearableTransportException(TransportFailure.ReadFailed,
                $"The wearable on {Address} did not answer the {channel} read within {options.ReadTimeout.TotalSeconds:0.#} s.");
        }
        finally
        {
            pendingReads.TryRemove(channel, out _);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        MarkClosed();
        await stop.CancelAsync().ConfigureAwait(false);
        try
        {
            port.Close();
        }
        catch (IOException)
        {
            // The device node is already gone.
        }

        await Task.WhenAll(receiveLoop, presenceWatch).ConfigureAwait(false);
        port.Dispose();
        stop.Dispose();
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[512];
        string reason;
        try
        {
            while (true)
            {
                var count = await port.BaseStream.ReadAsync(buffer, stop.Token).ConfigureAwait(false);
                if (count == 0)
                {
                    reason = $"the serial port {Address} reached end of stream";
                    break;
                }

                for (var i = 0; i < count; i++)
                {
                    if (decoder.Push(buffer[i], out var frame))
                    {
                        var channel = options.Framing.ChannelOf(frame);
                        pendingReads.TryGetValue(channel, out var waiting);
                        waiting?.TrySetResult(frame);
                        Deliver(channel, frame);
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
            return;
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or ObjectDisposedException or UnauthorizedAccessException)
        {
            reason = $"the serial port {Address} failed: {ex.Message}";
        }

        MarkDisconnected(reason);
        FailPendingReads();
    }

    /// <summary>Unplugging a USB-serial bridge removes its device node; a pty vanishes when its owner exits.</summary>
    private async Task WatchPortPresenceAsync()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        try
        {
            using var timer = new PeriodicTimer(options.PortPresenceInterval);
            while (await timer.WaitForNextTickAsync(stop.Token).ConfigureAwait(false))
            {
                if (!File.Exists(Address) || !port.IsOpen)
                {
                    MarkDisconnected($"the serial port {Address} vanished (unplugged?)");
                    FailPendingReads();
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private void FailPendingReads()
    {
        foreach (var waiting in pendingReads.Values)
        {
            waiting.TrySetException(new WearableTransportException(TransportFailure.NotConnected,
                $"The serial port {Address} went away before the wearable answered."));
        }
    }
}
