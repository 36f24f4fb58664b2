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
    private static readonly TimeSpan FinalResumeSpacing = TimeSpan.FromMilliseconds(100);

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
                case LiveAnglesSample sample:
                    writer?.LiveAngles(sample);
                    break;
                case DeviceStatus status:
                    lastStatus = status;
                    break;
            }
        };
    }

    /// <summary>The latest state for a live display; null until the session has begun.</summary>
    public RecorderLiveView? LiveView => writer?.LiveView;

    /// <summary>
    /// Records until <paramref name="stop"/> is cancelled. The first connection must succeed (else a
    /// <see cref="WearableTransportException"/> says why); later drops are reconnected until the stop.
    /// </summary>
    public async Task<RecordingSummary> RunAsync(CancellationToken stop)
    {
        IWearableConnection? connection = await transport.ConnectAsync(address, stop).ConfigureAwait(false);
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

            bool complete = false;
            while (true)
            {
                bool linkLost = await PumpAsync(connection, stop).ConfigureAwait(false);
                // Told to stop just as the link went down: the wearable still holds what we have not got, so the
                // stop is only clean after one more (bounded) reconnection to collect it.
                if (!linkLost && connection.State != WearableConnectionState.Connected) linkLost = true;
                if (!linkLost)
                {
                    await FinishConnectedAsync(connection).ConfigureAwait(false);
                    connection = null;
                    complete = true;
                    break;
                }

                double lostAt = writer.LatestDeviceSeconds;
                long lostTimestamp = Stopwatch.GetTimestamp();
                await CloseQuietlyAsync(connection).ConfigureAwait(false);
                connection = null;
                writer.ConnectionChanged(false, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"Connection to the wearable lost at {lostAt:F1} s; reconnecting"));
                (connection, int attempts) = await ReconnectAsync(stop).ConfigureAwait(false);
                if (connection is null && stop.IsCancellationRequested)
                {
                    using var finalWindow = new CancellationTokenSource(options.FinalSyncTimeout);
                    (connection, attempts) = await ReconnectAsync(finalWindow.Token).ConfigureAwait(false);
                }
                if (connection is null) break;
                uint heldBefore = receiver.LastContiguousSequence;
                await ReadStatusAsync(connection, stop).ConfigureAwait(false);
                uint backlog = receiver.LatestKnownSequence > heldBefore ? receiver.LatestKnownSequence - heldBefore : 0;
                writer.RecoverUpTo = Math.Max(writer.RecoverUpTo, receiver.LatestKnownSequence);
                var outage = Stopwatch.GetElapsedTime(lostTimestamp);
                recoveries.Add(new LinkRecovery(lostAt, outage, attempts, backlog));
                writer.ConnectionChanged(true, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"Reconnected after {outage.TotalSeconds:F1} s ({attempts} attempt(s)); the wearable holds {backlog} event(s) to catch up"));
                await AfterConnectAsync(connection, stop).ConfigureAwait(false);
            }

            if (complete) session.Complete();
            else session.Dispose();
            return Summary(complete);
        }
        finally
        {
            if (connection is not null) await CloseQuietlyAsync(connection).ConfigureAwait(false);
            session?.Dispose();
        }
    }

    /// <summary>On every (re)connection: start the raw stream if wanted and ask for what is missing.</summary>
    private async Task AfterConnectAsync(IWearableConnection connection, CancellationToken stop)
    {
        try
        {
            if (options.RecordRawImu)
                await connection.WriteAsync(WearableChannel.Control,
                    CommandFrames.Command(receiver.NextRequestId(), CommandCode.StartRawStream), stop).ConfigureAwait(false);
            DrainAvailable(connection);
            if (receiver.NeedsResume) await SendResumeAsync(connection, stop).ConfigureAwait(false);
        }
        catch (WearableTransportException problem)
        {
            Log("the link dropped right after connecting: " + problem.Message);
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
        var decoded = receiver.Accept(frame.Payload);
        if (decoded is RawImuReading) writer.RawFrame(frame.Payload);
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

    /// <summary>Clean stop while connected: collect what is still missing (bounded), stop the raw stream, close.</summary>
    private async Task FinishConnectedAsync(IWearableConnection connection)
    {
        using var deadline = new CancellationTokenSource(options.FinalSyncTimeout);
        try
        {
            DrainAvailable(connection);
            await ReadStatusAsync(connection, deadline.Token).ConfigureAwait(false);
            while (!deadline.IsCancellationRequested && connection.State == WearableConnectionState.Connected)
            {
                DrainAvailable(connection);
                if (!receiver.NeedsResume) break;
                if (Stopwatch.GetElapsedTime(lastResumeRequest) >= FinalResumeSpacing)
                    await SendResumeAsync(connection, deadline.Token).ConfigureAwait(false);
                await Task.Delay(20, deadline.Token).ConfigureAwait(false);
            }
            if (options.RecordRawImu)
                await connection.WriteAsync(WearableChannel.Control,
                    CommandFrames.Command(receiver.NextRequestId(), CommandCode.StopRawStream), deadline.Token).ConfigureAwait(false);
        }
        catch (Exception problem) when (problem is WearableTransportException or OperationCanceledException)
        {
            Log("final collection stopped: " + problem.Message);
        }
        DrainAvailable(connection);
        await CloseQuietlyAsync(connection).ConfigureAwait(false);
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

    private static async Task CloseQuietlyAsync(IWearableConnection connection)
    {
        try
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception problem) when (problem is WearableTransportException or IOException or InvalidOperationException)
        {
            // Closing a link that is already gone can fail; there is nothing left to do with it.
        }
    }

    private RecordingSummary Summary(bool complete)
    {
        var w = writer!;
        return new RecordingSummary(w.SessionId, complete, w.Events, w.Reps, w.Winks.ToList(), w.Faults, w.LiveAngleSamples,
            w.LiveAngleFramesMissed, w.RawFrames, recoveries.ToList(), w.Recovered.ToList(), recoveries.Count + (complete ? 0 : 1),
            resumeRequests, eventsAskedAgain, receiver.DuplicateEvents, receiver.LostEventCount);
    }

    private void Log(string message) => options.DebugLog?.Invoke(message);
}
