using System.Diagnostics;
using WinkSensor.Core.Protocol;
using WinkSensor.Host.Protocol;
using WinkSensor.Host.Transports;

namespace WinkSensor.Host.LiveRecording;

/// <summary>
/// The connection work every host task with a wearable shares (the recorder, the accelerometer calibration): connect
/// and reconnect with backoff, read the status (a GATT read, or ReadStatus where the link has no reads), ask for
/// missing events when a gap stays open, poll the status so a lost last event is noticed, and hand every frame that
/// arrives to the owner. The owner's <see cref="EventStreamReceiver"/> reassembles the events. One task at a time.
/// </summary>
internal sealed class WearableLink
{
    /// <summary>Longest wait for a transport to close a connection (a D-Bus call that never returns must not hang the stop).</summary>
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(5);

    private readonly IWearableTransport transport;
    private readonly EventStreamReceiver receiver;
    private readonly WearableLinkTiming timing;
    private readonly Action<ReceivedFrame> process;
    private readonly Action<string>? log;
    private long lastStatusRead;
    private long? gapSince;

    /// <param name="process">Takes every frame that arrives (it feeds the receiver).</param>
    public WearableLink(IWearableTransport transport, string address, EventStreamReceiver receiver, WearableLinkTiming timing,
        Action<ReceivedFrame> process, Action<string>? log)
    {
        this.transport = transport;
        Address = address;
        this.receiver = receiver;
        this.timing = timing;
        this.process = process;
        this.log = log;
    }

    public string Address { get; }

    public int ResumeRequests { get; private set; }

    /// <summary>Events asked for again, over all resume requests.</summary>
    public int EventsAskedAgain { get; private set; }

    /// <summary>Stopwatch timestamp of the last resume request (0 = none yet).</summary>
    public long LastResumeRequest { get; private set; }

    /// <summary>Raised just before a resume request is written.</summary>
    public event Action? ResumeRequesting;

    /// <summary>The first connection; a <see cref="WearableTransportException"/> says why it failed.</summary>
    public Task<IWearableConnection> ConnectAsync(CancellationToken token) => transport.ConnectAsync(Address, token);

    /// <summary>Writes a Command frame to the Control characteristic.</summary>
    public static Task SendAsync(IWearableConnection connection, byte[] command, CancellationToken token) =>
        connection.WriteAsync(WearableChannel.Control, command, token);

    /// <summary>Hands every frame already received to the owner.</summary>
    public void DrainAvailable(IWearableConnection connection)
    {
        while (connection.Frames.TryRead(out var frame)) process(frame);
    }

    /// <summary>Processes frames and does the housekeeping until the link drops (true) or <paramref name="stop"/> is cancelled (false).</summary>
    public async Task<bool> PumpAsync(IWearableConnection connection, CancellationToken stop)
    {
        var frames = connection.Frames;
        Task<bool>? waiting = null;
        Task? tick = null;
        try
        {
            while (true)
            {
                DrainAvailable(connection);
                if (stop.IsCancellationRequested) return false;
                if (frames.Completion.IsCompleted) return true;
                await HousekeepingAsync(connection, stop).ConfigureAwait(false);
                waiting ??= frames.WaitToReadAsync(CancellationToken.None).AsTask();
                tick ??= Task.Delay(timing.HousekeepingInterval, stop);
                var done = await Task.WhenAny(waiting, tick).ConfigureAwait(false);
                if (done == waiting) waiting = null;
                else tick = null;
            }
        }
        catch (WearableTransportException problem)
        {
            Log("link error: " + problem.Message);
            return true;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>Asks again for missing events when a gap stays open; reads the status every poll interval.</summary>
    public async Task HousekeepingAsync(IWearableConnection connection, CancellationToken stop)
    {
        long now = Stopwatch.GetTimestamp();
        if (receiver.NeedsResume)
        {
            gapSince ??= now;
            if (Stopwatch.GetElapsedTime(gapSince.Value) >= timing.GapResumeDelay
                && Stopwatch.GetElapsedTime(LastResumeRequest) >= timing.GapResumeDelay)
                await SendResumeAsync(connection, stop).ConfigureAwait(false);
        }
        else gapSince = null;
        if (Stopwatch.GetElapsedTime(lastStatusRead) >= timing.StatusPollInterval)
            await ReadStatusAsync(connection, stop).ConfigureAwait(false);
    }

    /// <summary>Asks for the events after the last one held without a gap (docs/protocol.md, "Nothing lost").</summary>
    public async Task SendResumeAsync(IWearableConnection connection, CancellationToken stop)
    {
        uint missing = receiver.LatestKnownSequence - receiver.LastContiguousSequence - (uint)receiver.HeldBackEvents;
        EventsAskedAgain += (int)missing;
        ResumeRequests++;
        ResumeRequesting?.Invoke();
        LastResumeRequest = Stopwatch.GetTimestamp();
        gapSince = null;
        Log($"asking for events after {receiver.LastContiguousSequence} ({missing} missing)");
        await SendAsync(connection, receiver.CreateResumeRequest(), stop).ConfigureAwait(false);
    }

    /// <summary>Reads the status (a GATT read; on links without reads, asks with ReadStatus and the answer comes as a frame).</summary>
    public async Task ReadStatusAsync(IWearableConnection connection, CancellationToken stop)
    {
        lastStatusRead = Stopwatch.GetTimestamp();
        try
        {
            var status = await connection.ReadAsync(WearableChannel.Status, stop).ConfigureAwait(false);
            receiver.Accept(status);
        }
        catch (WearableTransportException problem) when (problem.Failure == TransportFailure.ReadFailed)
        {
            await SendAsync(connection, CommandFrames.Command(receiver.NextRequestId(), CommandCode.ReadStatus), stop).ConfigureAwait(false);
        }
    }

    /// <summary>Connects again with backoff until it works or <paramref name="stop"/> is cancelled (null then).</summary>
    public async Task<(IWearableConnection? Connection, int Attempts)> ReconnectAsync(CancellationToken stop)
    {
        for (int attempt = 0; ; attempt++)
        {
            try
            {
                await Task.Delay(timing.Backoff.Delay(attempt), stop).ConfigureAwait(false);
                return (await transport.ConnectAsync(Address, stop).ConfigureAwait(false), attempt + 1);
            }
            catch (WearableTransportException problem)
            {
                Log($"reconnection attempt {attempt + 1} failed: {problem.Message}");
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return (null, attempt);
            }
        }
    }

    /// <summary>
    /// The final collection after a stop or an end: reads the status for the wearable's newest event number, then asks
    /// for everything after the last event held without a gap, again every <paramref name="spacing"/> while events are
    /// missing, reconnecting through <paramref name="reconnect"/> when the link is down or drops (after handing the old
    /// connection to <paramref name="loseLink"/>), until the host holds every event up to that number and
    /// <paramref name="alsoNeeded"/> (if given) holds; while it does not, the status is read again. Bounded by
    /// <paramref name="timeout"/>. Answers the connection left (open) and whether the host caught up.
    /// </summary>
    public async Task<(IWearableConnection? Connection, bool CaughtUp)> CatchUpAsync(IWearableConnection? connection,
        TimeSpan timeout, TimeSpan spacing, Func<IWearableConnection, Task> loseLink,
        Func<CancellationToken, Task<IWearableConnection?>> reconnect, Func<bool>? alsoNeeded = null)
    {
        using var deadline = new CancellationTokenSource(timeout);
        var token = deadline.Token;
        int statusesBefore = receiver.StatusesReceived;
        long lastStatusRequest = 0;
        while (!token.IsCancellationRequested)
        {
            try
            {
                if (connection is null || connection.State != WearableConnectionState.Connected)
                {
                    if (connection is not null)
                    {
                        DrainAvailable(connection);
                        await loseLink(connection).ConfigureAwait(false);
                    }
                    connection = await reconnect(token).ConfigureAwait(false);
                    continue;
                }
                DrainAvailable(connection);
                bool headKnown = receiver.StatusesReceived > statusesBefore;
                if (headKnown && !receiver.NeedsResume)
                {
                    if (alsoNeeded?.Invoke() ?? true) return (connection, true);
                    if (Stopwatch.GetElapsedTime(lastStatusRequest) >= spacing)
                    {
                        // What is still needed may be on its way in events the head did not count yet: ask for it again.
                        statusesBefore = receiver.StatusesReceived;
                        headKnown = false;
                    }
                }
                if (!headKnown && Stopwatch.GetElapsedTime(lastStatusRequest) >= spacing)
                {
                    lastStatusRequest = Stopwatch.GetTimestamp();
                    await ReadStatusAsync(connection, token).ConfigureAwait(false);
                    continue;
                }
                if (receiver.NeedsResume && Stopwatch.GetElapsedTime(LastResumeRequest) >= spacing)
                    await SendResumeAsync(connection, token).ConfigureAwait(false);
                await WaitForFramesAsync(connection, spacing, token).ConfigureAwait(false);
            }
            catch (WearableTransportException problem)
            {
                // A dropped link is reconnected on the next pass; anything else is retried until the deadline.
                Log("the link failed while collecting the last events: " + problem.Message);
                if (connection is not null) await WaitForFramesAsync(connection, spacing, token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
            }
        }
        if (connection is not null) DrainAvailable(connection);
        return (connection, false);
    }

    /// <summary>Waits until a frame arrives, the link drops, or <paramref name="longest"/> passes.</summary>
    public static async Task WaitForFramesAsync(IWearableConnection connection, TimeSpan longest, CancellationToken token)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(token);
        wait.CancelAfter(longest);
        try
        {
            await connection.Frames.WaitToReadAsync(wait.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!token.IsCancellationRequested)
        {
        }
    }

    /// <summary>Closes the connection, waiting at most <see cref="CloseTimeout"/> for the transport to let go.</summary>
    public async Task CloseQuietlyAsync(IWearableConnection connection)
    {
        try
        {
            await connection.DisposeAsync().AsTask().WaitAsync(CloseTimeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            Log($"closing the link took over {CloseTimeout.TotalSeconds:0} s; left to the transport");
        }
        catch (Exception problem) when (problem is WearableTransportException or IOException or InvalidOperationException)
        {
            // Closing a link that is already gone can fail; there is nothing left to do with it.
        }
    }

    private void Log(string message) => log?.Invoke(message);
}
