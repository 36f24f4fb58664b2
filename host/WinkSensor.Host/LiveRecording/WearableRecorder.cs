using System.Diagnostics;
using WinkSensor.Core.Protocol;
using WinkSensor.Host.Protocol;
using WinkSensor.Host.Storage;
using WinkSensor.Host.Transports;

namespace WinkSensor.Host.LiveRecording;

/// <summary>
/// Records one session from a wearable through any <see cref="IWearableTransport"/>: reads every frame, reassembles
/// the event stream (<see cref="EventStreamReceiver"/>: on every connection it reads the status and asks for what it
/// misses; it asks again when a gap stays open and polls the status so a lost last event is noticed), stores events,
/// live angles and (on request) raw frames, alerts on every wink, reconnects with backoff when the link drops, and on a
/// clean stop collects what is still missing and marks the session complete.
/// </summary>
public sealed class WearableRecorder
{
    /// <summary>During the drain at the stop: how long to wait for an answer before asking again.</summary>
    private static readonly TimeSpan FinalResumeSpacing = TimeSpan.FromMilliseconds(100);

    /// <summary>Longest wait for a transport to close a connection (a D-Bus call that never returns must not hang the stop).</summary>
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(5);

    private readonly IWearableTransport transport;
    private readonly string address;
    private readonly SessionStore store;
    private readonly IAlertNotifier alerts;
    private readonly WearableRecorderOptions options;
    private readonly EventStreamReceiver receiver = new();
    private readonly List<LinkRecovery> recoveries = [];
    private SessionEventWriter? writer;
    private DeviceStatus? lastStatus;
    private long lastStatusRead;
    private long lastResumeRequest;
    private long? gapSince;
    private int resumeRequests;
    private int statusesReceived;
    private long stopTimestamp = long.MaxValue;
    private bool streamsEnded;
    private (double LostAtDeviceSeconds, long Timestamp)? outage;
    private int eventsAskedAgain;

    public WearableRecorder(IWearableTransport transport, string address, SessionStore store, IAlertNotifier alerts,
        WearableRecorderOptions? options = null)
    {
        this.transport = transport;
        this.address = address;
        this.store = store;
        this.alerts = alerts;
        this.options = options ?? new WearableRecorderOptions();
        receiver.EventReceived += e => writer?.Event(e);
        receiver.EventsLost += lost =>
        {
            Log(lost.ToString());
            writer?.EventsLost(lost);
        };
        receiver.DeviceRestarted += bootId =>
        {
            Log($"the wearable restarted (boot id {bootId}): its clock and event numbers began again");
            writer?.DeviceRestarted();
            if (writer is not null) writer.RecoverUpTo = 0;
        };
        receiver.FrameDecoded += decoded =>
        {
            switch (decoded)
            {
                case LiveAnglesSample sample when !streamsEnded:
                    writer?.LiveAngles(sample);
                    break;
                case DeviceStatus status:
                    lastStatus = status;
                    statusesReceived++;
                    break;
            }
        };
    }

    /// <summary>The latest state for a live display; null until the session has begun.</summary>
    public RecorderLiveView? LiveView => writer?.LiveView;

    /// <summary>
    /// Records until <paramref name="stop"/> is cancelled. The first connection must succeed (else a
    /// <see cref="WearableTransportException"/> says why); later drops are reconnected until the stop. The stop then
    /// drains the wearable (see <see cref="DrainAtStopAsync"/>): the session is marked complete only when the host holds
    /// every event up to the head sequence the wearable reported after the stop, within
    /// <see cref="WearableRecorderOptions.FinalSyncTimeout"/>; otherwise it stays incomplete and says why.
    /// </summary>
    public async Task<RecordingSummary> RunAsync(CancellationToken stop)
    {
        IWearableConnection? connection = await transport.ConnectAsync(address, stop).ConfigureAwait(false);
        using var noteStop = stop.Register(() => Volatile.Write(ref stopTimestamp, Stopwatch.GetTimestamp()));
        SessionRecorder? session = null;
        try
        {
            await ReadStatusAsync(connection, stop).ConfigureAwait(false);
            session = SessionRecorder.Begin(store, new DeviceIdentity(options.DeviceName, address, lastStatus?.FirmwareVersion),
                options.StoreSettings);
            if (options.SetConditions is { } conditions) session.StartNewSet(conditions);
            writer = new SessionEventWriter(session, alerts);
            writer.ConnectionChanged(true, "");
            await AfterConnectAsync(connection, stop).ConfigureAwait(false);

            while (!stop.IsCancellationRequested)
            {
                if (!await PumpAsync(connection, stop).ConfigureAwait(false)) break;
                await LoseLinkAsync(connection).ConfigureAwait(false);
                connection = await ReconnectAndResumeAsync(stop).ConfigureAwait(false);
                if (connection is null) break;
            }

            string? incompleteReason;
            (connection, incompleteReason) = await DrainAtStopAsync(connection).ConfigureAwait(false);
            if (incompleteReason is null) session.Complete();
            else
            {
                Log(incompleteReason);
                writer.StoppedIncomplete(incompleteReason);
                session.Dispose();
            }
            return Summary(incompleteReason);
        }
        finally
        {
            if (connection is not null) await CloseQuietlyAsync(connection).ConfigureAwait(false);
            session?.Dispose();
        }
    }

    /// <summary>The link dropped: close what is left of it and tell the user; the outage clock starts.</summary>
    private async Task LoseLinkAsync(IWearableConnection connection)
    {
        await CloseQuietlyAsync(connection).ConfigureAwait(false);
        outage = (writer!.LatestDeviceSeconds, Stopwatch.GetTimestamp());
        writer.ConnectionChanged(false, string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"Connection to the wearable lost at {outage.Value.LostAtDeviceSeconds:F1} s; reconnecting"));
    }

    /// <summary>
    /// Reconnects with backoff until <paramref name="token"/> is cancelled (null then), reads the status and asks for
    /// the backlog. A cancellation after the connection is up returns the connection: the caller drains it.
    /// </summary>
    private async Task<IWearableConnection?> ReconnectAndResumeAsync(CancellationToken token)
    {
        var (connection, attempts) = await ReconnectAsync(token).ConfigureAwait(false);
        if (connection is null) return null;
        uint heldBefore = receiver.LastContiguousSequence;
        var (lostAt, lostTimestamp) = outage ?? (writer!.LatestDeviceSeconds, Stopwatch.GetTimestamp());
        outage = null;
        var elapsed = Stopwatch.GetElapsedTime(lostTimestamp);
        try
        {
            await ReadStatusAsync(connection, token).ConfigureAwait(false);
        }
        catch (WearableTransportException problem)
        {
            Log("the status read after reconnecting failed: " + problem.Message);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Stopped while reconnecting: the drain reads the status again.
        }
        uint backlog = receiver.LatestKnownSequence > heldBefore ? receiver.LatestKnownSequence - heldBefore : 0;
        writer!.RecoverUpTo = Math.Max(writer.RecoverUpTo, receiver.LatestKnownSequence);
        recoveries.Add(new LinkRecovery(lostAt, elapsed, attempts, backlog));
        writer.ConnectionChanged(true, string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"Reconnected after {elapsed.TotalSeconds:F1} s ({attempts} attempt(s)); the wearable holds {backlog} event(s) to catch up"));
        await AfterConnectAsync(connection, token).ConfigureAwait(false);
        return connection;
    }

    /// <summary>
    /// The stop: asks the wearable for its head sequence (a status read after the stop), then asks for everything
    /// after the last event held without a gap, again every <see cref="FinalResumeSpacing"/> while events are missing,
    /// reconnecting if the link is down or drops, until the host holds every event up to the head. Everything is bounded
    /// by <see cref="WearableRecorderOptions.FinalSyncTimeout"/>. Closes the connection; answers why the session is
    /// incomplete, or null when nothing is missing.
    /// </summary>
    private async Task<(IWearableConnection? Connection, string? IncompleteReason)> DrainAtStopAsync(IWearableConnection? connection)
    {
        using var deadline = new CancellationTokenSource(options.FinalSyncTimeout);
        var token = deadline.Token;
        int statusesBefore = statusesReceived;
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
                        await LoseLinkAsync(connection).ConfigureAwait(false);
                    }
                    connection = await ReconnectAndResumeAsync(token).ConfigureAwait(false);
                    continue;
                }
                DrainAvailable(connection);
                bool headKnown = statusesReceived > statusesBefore;
                if (headKnown && !receiver.NeedsResume)
                {
                    await StopRawStreamAsync(connection, token).ConfigureAwait(false);
                    DrainAvailable(connection);
                    await CloseQuietlyAsync(connection).ConfigureAwait(false);
                    return (null, null);
                }
                if (!headKnown && Stopwatch.GetElapsedTime(lastStatusRequest) >= FinalResumeSpacing)
                {
                    lastStatusRequest = Stopwatch.GetTimestamp();
                    await ReadStatusAsync(connection, token).ConfigureAwait(false);
                    continue;
                }
                if (receiver.NeedsResume && Stopwatch.GetElapsedTime(lastResumeRequest) >= FinalResumeSpacing)
                    await SendResumeAsync(connection, token).ConfigureAwait(false);
                await WaitForFramesAsync(connection, FinalResumeSpacing, token).ConfigureAwait(false);
            }
            catch (WearableTransportException problem)
            {
                // A dropped link is reconnected on the next pass; anything else is retried until the deadline.
                Log("the link failed while collecting the last events: " + problem.Message);
                if (connection is not null) await WaitForFramesAsync(connection, FinalResumeSpacing, token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
            }
        }
        if (connection is not null)
        {
            DrainAvailable(connection);
            await CloseQuietlyAsync(connection).ConfigureAwait(false);
        }
        return (null, IncompleteReason());
    }

    private string IncompleteReason()
    {
        var limit = options.FinalSyncTimeout.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
        if (statusesReceived == 0 || receiver.LatestKnownSequence == 0 && receiver.LastContiguousSequence == 0)
            return $"Stopped without reaching the wearable within {limit} s: events it logged since the host last heard from it may be missing; the session stays incomplete.";
        uint missing = receiver.LatestKnownSequence - receiver.LastContiguousSequence;
        return missing == 0
            ? $"Stopped without the wearable's newest event number within {limit} s: events it logged since the host last heard from it may be missing; the session stays incomplete."
            : $"Stopped with {missing} event(s) after sequence {receiver.LastContiguousSequence} still missing after {limit} s of collecting them; the session stays incomplete.";
    }

    /// <summary>Waits until a frame arrives, the link drops, or <paramref name="longest"/> passes.</summary>
    private static async Task WaitForFramesAsync(IWearableConnection connection, TimeSpan longest, CancellationToken token)
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

    private async Task StopRawStreamAsync(IWearableConnection connection, CancellationToken token)
    {
        if (!options.RecordRawImu) return;
        try
        {
            await connection.WriteAsync(WearableChannel.Control,
                CommandFrames.Command(receiver.NextRequestId(), CommandCode.StopRawStream), token).ConfigureAwait(false);
        }
        catch (WearableTransportException problem)
        {
            Log("could not stop the raw stream: " + problem.Message);
        }
    }

    /// <summary>On every (re)connection: start the raw stream if wanted and ask for what is missing.</summary>
    private async Task AfterConnectAsync(IWearableConnection connection, CancellationToken token)
    {
        try
        {
            if (options.RecordRawImu)
                await connection.WriteAsync(WearableChannel.Control,
                    CommandFrames.Command(receiver.NextRequestId(), CommandCode.StartRawStream), token).ConfigureAwait(false);
            DrainAvailable(connection);
            if (receiver.NeedsResume) await SendResumeAsync(connection, token).ConfigureAwait(false);
        }
        catch (WearableTransportException problem)
        {
            Log("the link dropped right after connecting: " + problem.Message);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Stopped meanwhile: the drain at the stop asks for what is missing.
        }
    }

    /// <summary>Processes frames until the link drops (true) or the stop is requested (false).</summary>
    private async Task<bool> PumpAsync(IWearableConnection connection, CancellationToken stop)
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
                tick ??= Task.Delay(options.HousekeepingInterval, stop);
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

    private void DrainAvailable(IWearableConnection connection)
    {
        while (connection.Frames.TryRead(out var frame)) Process(frame);
    }

    private void Process(ReceivedFrame frame)
    {
        writer!.CurrentFrameArrival = frame.ArrivalTimestampTicks;
        // The session's streams end at the stop; the drain after it only collects logged events.
        streamsEnded = frame.ArrivalTimestampTicks > Volatile.Read(ref stopTimestamp);
        var decoded = receiver.Accept(frame.Payload);
        if (decoded is RawImuReading && !streamsEnded) writer.RawFrame(frame.Payload);
        else if (decoded is null) Log($"rejected a frame on {frame.Channel} ({frame.Payload.Length} bytes)");
    }

    private async Task HousekeepingAsync(IWearableConnection connection, CancellationToken stop)
    {
        long now = Stopwatch.GetTimestamp();
        if (receiver.NeedsResume)
        {
            gapSince ??= now;
            if (Stopwatch.GetElapsedTime(gapSince.Value) >= options.GapResumeDelay
                && Stopwatch.GetElapsedTime(lastResumeRequest) >= options.GapResumeDelay)
                await SendResumeAsync(connection, stop).ConfigureAwait(false);
        }
        else gapSince = null;
        if (Stopwatch.GetElapsedTime(lastStatusRead) >= options.StatusPollInterval)
            await ReadStatusAsync(connection, stop).ConfigureAwait(false);
    }

    private async Task SendResumeAsync(IWearableConnection connection, CancellationToken stop)
    {
        uint missing = receiver.LatestKnownSequence - receiver.LastContiguousSequence - (uint)receiver.HeldBackEvents;
        eventsAskedAgain += (int)missing;
        resumeRequests++;
        if (writer is not null) writer.RecoverUpTo = Math.Max(writer.RecoverUpTo, receiver.LatestKnownSequence);
        lastResumeRequest = Stopwatch.GetTimestamp();
        gapSince = null;
        Log($"asking for events after {receiver.LastContiguousSequence} ({missing} missing)");
        await connection.WriteAsync(WearableChannel.Control, receiver.CreateResumeRequest(), stop).ConfigureAwait(false);
    }

    /// <summary>Reads the status (a GATT read; on links without reads, asks with ReadStatus and the answer comes as a frame).</summary>
    private async Task ReadStatusAsync(IWearableConnection connection, CancellationToken stop)
    {
        lastStatusRead = Stopwatch.GetTimestamp();
        try
        {
            var status = await connection.ReadAsync(WearableChannel.Status, stop).ConfigureAwait(false);
            receiver.Accept(status);
        }
        catch (WearableTransportException problem) when (problem.Failure == TransportFailure.ReadFailed)
        {
            await connection.WriteAsync(WearableChannel.Control,
                CommandFrames.Command(receiver.NextRequestId(), CommandCode.ReadStatus), stop).ConfigureAwait(false);
        }
    }

    private async Task<(IWearableConnection? Connection, int Attempts)> ReconnectAsync(CancellationToken stop)
    {
        for (int attempt = 0; ; attempt++)
        {
            try
            {
                await Task.Delay(options.Backoff.Delay(attempt), stop).ConfigureAwait(false);
                return (await transport.ConnectAsync(address, stop).ConfigureAwait(false), attempt + 1);
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

    /// <summary>Closes the connection, waiting at most <see cref="CloseTimeout"/> for the transport to let go.</summary>
    private async Task CloseQuietlyAsync(IWearableConnection connection)
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

    private RecordingSummary Summary(string? incompleteReason)
    {
        var w = writer!;
        bool complete = incompleteReason is null;
        return new RecordingSummary(w.SessionId, complete, w.Events, w.Reps, w.Winks.ToList(), w.Faults, w.LiveAngleSamples,
            w.LiveAngleFramesMissed, w.RawFrames, recoveries.ToList(), w.Recovered.ToList(), recoveries.Count + (complete ? 0 : 1),
            resumeRequests, eventsAskedAgain, receiver.DuplicateEvents, receiver.LostEventCount)
        {
            IncompleteReason = incompleteReason,
        };
    }

    private void Log(string message) => options.DebugLog?.Invoke(message);
}
