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

    private readonly WearableLink link;
    private readonly SessionStore store;
    private readonly IAlertNotifier alerts;
    private readonly WearableRecorderOptions options;
    private readonly EventStreamReceiver receiver = new();
    private readonly List<LinkRecovery> recoveries = [];
    private SessionEventWriter? writer;
    private DeviceStatus? lastStatus;
    private bool? accelerometersCalibrated;
    private long stopTimestamp = long.MaxValue;
    private bool streamsEnded;
    private (double LostAtDeviceSeconds, long Timestamp)? outage;

    public WearableRecorder(IWearableTransport transport, string address, SessionStore store, IAlertNotifier alerts,
        WearableRecorderOptions? options = null)
    {
        this.store = store;
        this.alerts = alerts;
        this.options = options ?? new WearableRecorderOptions();
        link = new WearableLink(transport, address, receiver, this.options.LinkTiming, Process, this.options.DebugLog);
        link.ResumeRequesting += () =>
        {
            if (writer is not null) writer.RecoverUpTo = Math.Max(writer.RecoverUpTo, receiver.LatestKnownSequence);
        };
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
        IWearableConnection? connection = await link.ConnectAsync(stop).ConfigureAwait(false);
        using var noteStop = stop.Register(() => Volatile.Write(ref stopTimestamp, Stopwatch.GetTimestamp()));
        SessionRecorder? session = null;
        try
        {
            await link.ReadStatusAsync(connection, stop).ConfigureAwait(false);
            session = SessionRecorder.Begin(store, new DeviceIdentity(options.DeviceName, link.Address, lastStatus?.FirmwareVersion),
                options.StoreSettings);
            accelerometersCalibrated = lastStatus?.AccelerometersCalibrated;
            if (accelerometersCalibrated is { } calibrated) session.AccelerometersCalibrated(calibrated);
            if (options.SetConditions is { } conditions) session.StartNewSet(conditions);
            writer = new SessionEventWriter(session, alerts);
            writer.ConnectionChanged(true, "");
            await AfterConnectAsync(connection, stop).ConfigureAwait(false);

            while (!stop.IsCancellationRequested)
            {
                if (!await link.PumpAsync(connection, stop).ConfigureAwait(false)) break;
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
            if (connection is not null) await link.CloseQuietlyAsync(connection).ConfigureAwait(false);
            session?.Dispose();
        }
    }

    /// <summary>The link dropped: close what is left of it and tell the user; the outage clock starts.</summary>
    private async Task LoseLinkAsync(IWearableConnection connection)
    {
        await link.CloseQuietlyAsync(connection).ConfigureAwait(false);
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
        var (connection, attempts) = await link.ReconnectAsync(token).ConfigureAwait(false);
        if (connection is null) return null;
        uint heldBefore = receiver.LastContiguousSequence;
        var (lostAt, lostTimestamp) = outage ?? (writer!.LatestDeviceSeconds, Stopwatch.GetTimestamp());
        outage = null;
        var elapsed = Stopwatch.GetElapsedTime(lostTimestamp);
        try
        {
            await link.ReadStatusAsync(connection, token).ConfigureAwait(false);
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
        bool caughtUp;
        (connection, caughtUp) = await link.CatchUpAsync(connection, options.FinalSyncTimeout, FinalResumeSpacing,
            LoseLinkAsync, ReconnectAndResumeAsync).ConfigureAwait(false);
        if (connection is not null)
        {
            if (caughtUp)
            {
                await StopRawStreamAsync(connection).ConfigureAwait(false);
                link.DrainAvailable(connection);
            }
            await link.CloseQuietlyAsync(connection).ConfigureAwait(false);
        }
        return (null, caughtUp ? null : IncompleteReason());
    }

    private string IncompleteReason()
    {
        var limit = options.FinalSyncTimeout.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
        if (receiver.StatusesReceived == 0 || receiver.LatestKnownSequence == 0 && receiver.LastContiguousSequence == 0)
            return $"Stopped without reaching the wearable within {limit} s: events it logged since the host last heard from it may be missing; the session stays incomplete.";
        uint missing = receiver.LatestKnownSequence - receiver.LastContiguousSequence;
        return missing == 0
            ? $"Stopped without the wearable's newest event number within {limit} s: events it logged since the host last heard from it may be missing; the session stays incomplete."
            : $"Stopped with {missing} event(s) after sequence {receiver.LastContiguousSequence} still missing after {limit} s of collecting them; the session stays incomplete.";
    }

    private async Task StopRawStreamAsync(IWearableConnection connection)
    {
        if (!options.RecordRawImu) return;
        using var bound = new CancellationTokenSource(FinalResumeSpacing * 10);
        try
        {
            await WearableLink.SendAsync(connection,
                CommandFrames.Command(receiver.NextRequestId(), CommandCode.StopRawStream), bound.Token).ConfigureAwait(false);
        }
        catch (Exception problem) when (problem is WearableTransportException or OperationCanceledException)
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
                await WearableLink.SendAsync(connection,
                    CommandFrames.Command(receiver.NextRequestId(), CommandCode.StartRawStream), token).ConfigureAwait(false);
            link.DrainAvailable(connection);
            if (receiver.NeedsResume) await link.SendResumeAsync(connection, token).ConfigureAwait(false);
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

    private void Process(ReceivedFrame frame)
    {
        writer!.CurrentFrameArrival = frame.ArrivalTimestampTicks;
        // The session's streams end at the stop; the drain after it only collects logged events.
        streamsEnded = frame.ArrivalTimestampTicks > Volatile.Read(ref stopTimestamp);
        var decoded = receiver.Accept(frame.Payload);
        if (decoded is RawImuReading && !streamsEnded) writer.RawFrame(frame.Payload);
        else if (decoded is null) Log($"rejected a frame on {frame.Channel} ({frame.Payload.Length} bytes)");
    }

    private RecordingSummary Summary(string? incompleteReason)
    {
        var w = writer!;
        bool complete = incompleteReason is null;
        return new RecordingSummary(w.SessionId, complete, w.Events, w.Reps, w.Winks.ToList(), w.Faults, w.LiveAngleSamples,
            w.LiveAngleFramesMissed, w.RawFrames, recoveries.ToList(), w.Recovered.ToList(), recoveries.Count + (complete ? 0 : 1),
            link.ResumeRequests, link.EventsAskedAgain, receiver.DuplicateEvents, receiver.LostEventCount)
        {
            IncompleteReason = incompleteReason,
            AccelerometersCalibrated = accelerometersCalibrated,
        };
    }

    private void Log(string message) => options.DebugLog?.Invoke(message);
}
