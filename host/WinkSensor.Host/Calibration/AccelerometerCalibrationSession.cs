using System.Diagnostics;
using WinkSensor.Core.Calibration;
using WinkSensor.Core.Protocol;
using WinkSensor.Core.Protocol.Messages;
using WinkSensor.Host.LiveRecording;
using WinkSensor.Host.Protocol;
using WinkSensor.Host.Storage;
using WinkSensor.Host.Transports;

namespace WinkSensor.Host.Calibration;

/// <summary>
/// Runs the wearable's six-position accelerometer calibration from the host (docs/calibration.md): connects through
/// any <see cref="IWearableTransport"/>, reads the status, sends StartAccelerometerCalibration, follows the progress
/// reports (and the status polls, should the reports drop), reconnects and asks for missed events like the recorder,
/// and stops when the wearable reports Complete, Failed, TimedOut or Cancelled. A cancelled token sends
/// CancelAccelerometerCalibration. The AccelerometerCalibrated events are stored once each in the
/// <see cref="AccelerometerCalibrationLog"/>. Everything is bounded by the time limit plus
/// <see cref="AccelerometerCalibrationOptions.EndMargin"/>.
/// </summary>
public sealed class AccelerometerCalibrationSession
{
    /// <summary>Spacing of repeated status reads and resume requests while collecting the last events.</summary>
    private static readonly TimeSpan FinalRequestSpacing = TimeSpan.FromMilliseconds(200);

    private readonly EventStreamReceiver receiver = new();
    private readonly WearableLink link;
    private readonly AccelerometerCalibrationLog calibrationLog;
    private readonly AccelerometerCalibrationOptions options;
    private readonly List<AccelerometerCalibratedEvent> calibrations = [];
    private readonly Dictionary<uint, CommandAnswer> answers = [];
    private readonly HashSet<uint> startRequests = [];
    private DeviceStatus? lastStatus;
    private DeviceStatus? statusBefore;
    private AccelerometerCalibrationProgress? lastProgress;
    private AccelerometerCalibrationProgress? endingProgress;
    private bool started;
    private bool seenRunning;
    private bool endedByStatus;
    private bool endedByEvents;
    private bool restarted;
    private bool connected;
    private int stored;
    private int reconnections;
    private CancellationTokenSource? following;
    private AccelerometerCalibrationLiveView liveView = new(false, false, null);

    public AccelerometerCalibrationSession(IWearableTransport transport, string address, SessionStore store,
        AccelerometerCalibrationOptions? options = null)
    {
        this.options = options ?? new AccelerometerCalibrationOptions();
        if (this.options.TimeLimitSeconds is < 0 or > AccelerometerCalibrationOptions.LongestTimeLimitSeconds)
            throw new ArgumentOutOfRangeException(nameof(options),
                $"The time limit must be 0 (the device's default) to {AccelerometerCalibrationOptions.LongestTimeLimitSeconds} s.");
        calibrationLog = new AccelerometerCalibrationLog(store);
        link = new WearableLink(transport, address, receiver, this.options.LinkTiming, frame => receiver.Accept(frame.Payload),
            this.options.DebugLog);
        receiver.FrameDecoded += Decoded;
        receiver.EventReceived += Received;
        receiver.DeviceRestarted += _ =>
        {
            if (!started) return;
            restarted = true;
            SignalEnd();
        };
    }

    /// <summary>The latest state for a live display (any thread).</summary>
    public AccelerometerCalibrationLiveView LiveView => Volatile.Read(ref liveView);

    /// <summary>
    /// Runs the procedure until it ends or <paramref name="cancel"/> is cancelled. The first connection must succeed
    /// (else a <see cref="WearableTransportException"/> says why); later drops are reconnected.
    /// </summary>
    public async Task<AccelerometerCalibrationOutcome> RunAsync(CancellationToken cancel)
    {
        IWearableConnection? connection;
        try
        {
            connection = await link.ConnectAsync(cancel).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            return Outcome(AccelerometerCalibrationEnding.Cancelled, "Cancelled before the wearable was reached; nothing changed on it.");
        }
        SetConnected(true);
        try
        {
            var notStarted = await StartAsync(connection, cancel).ConfigureAwait(false);
            if (notStarted is not null) return notStarted;
            connection = await FollowAsync(connection, cancel).ConfigureAwait(false);
            if (!HasEnded)
            {
                bool confirmed;
                (connection, confirmed) = await CancelOnDeviceAsync(connection).ConfigureAwait(false);
                if (!HasEnded)
                    return cancel.IsCancellationRequested
                        ? Outcome(AccelerometerCalibrationEnding.Cancelled, confirmed
                            ? "Calibration cancelled; the wearable keeps its previous calibrations."
                            : $"Stopped, but the wearable could not be told: it ends the calibration by itself after its time limit ({options.EffectiveTimeLimitSeconds} s) and keeps its previous calibrations.")
                        : Outcome(AccelerometerCalibrationEnding.Unknown,
                            $"The wearable did not report the end of the calibration within {options.EffectiveTimeLimitSeconds + options.EndMargin.TotalSeconds:0} s. "
                            + "Run `winksensor calibrate` again; the wearable keeps its previous calibrations unless it reports new ones.");
            }
            connection = await CollectCalibrationsAsync(connection).ConfigureAwait(false);
            return Ending();
        }
        finally
        {
            if (connection is not null) await link.CloseQuietlyAsync(connection).ConfigureAwait(false);
            SetConnected(false);
        }
    }

    private bool HasEnded => endingProgress is not null || endedByStatus || endedByEvents || restarted;

    /// <summary>Reads the status, skips the wearable's older events and sends the start; answers why it did not start, or null.</summary>
    private async Task<AccelerometerCalibrationOutcome?> StartAsync(IWearableConnection connection, CancellationToken cancel)
    {
        try
        {
            int before = receiver.StatusesReceived;
            for (int attempt = 0; attempt < 3 && receiver.StatusesReceived == before; attempt++)
            {
                await link.ReadStatusAsync(connection, cancel).ConfigureAwait(false);
                await WaitUntilAsync(connection, () => receiver.StatusesReceived > before, options.AnswerTimeout, cancel).ConfigureAwait(false);
            }
            if (receiver.StatusesReceived == before)
                return Outcome(AccelerometerCalibrationEnding.NotStarted, "The wearable did not answer a status request; is it switched on and in reach?");
            // Only what happens from now on matters: the resume requests must not replay the wearable's whole log.
            receiver.SkipToLatest();
            var busyUntil = Stopwatch.GetTimestamp() + (long)(options.BusyRetryTime.TotalSeconds * Stopwatch.Frequency);
            while (true)
            {
                var answer = await CommandAsync(connection, id =>
                {
                    startRequests.Add(id);
                    return CommandFrames.StartAccelerometerCalibration(id, (uint)options.TimeLimitSeconds);
                }, cancel).ConfigureAwait(false);
                if (answer is null)
                    return Outcome(AccelerometerCalibrationEnding.NotStarted, "The wearable did not answer the start command; is it in reach?");
                if (answer.Result == ResultCode.Busy && Stopwatch.GetTimestamp() < busyUntil)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(500), cancel).ConfigureAwait(false);
                    continue;
                }
                if (answer.Result != ResultCode.Success)
                    return Outcome(AccelerometerCalibrationEnding.NotStarted,
                        CalibrationExplanations.StartRefused(answer.Result, lastStatus?.FirmwareVersion));
                return null; // started: set as the answer was decoded, so the frames right behind it count
            }
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            // The start may have gone out: cancel it on the wearable.
            await CancelOnDeviceAsync(connection).ConfigureAwait(false);
            return Outcome(AccelerometerCalibrationEnding.Cancelled, "Cancelled; the wearable keeps its previous calibrations.");
        }
        catch (WearableTransportException problem)
        {
            return Outcome(AccelerometerCalibrationEnding.NotStarted, "The link to the wearable failed before the calibration started: " + problem.Message);
        }
    }

    /// <summary>Follows the progress until the procedure ends, the user cancels or the host's deadline passes; reconnects on drops.</summary>
    private async Task<IWearableConnection?> FollowAsync(IWearableConnection? connection, CancellationToken cancel)
    {
        using var follow = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        follow.CancelAfter(TimeSpan.FromSeconds(options.EffectiveTimeLimitSeconds) + options.EndMargin);
        Volatile.Write(ref following, follow);
        try
        {
            if (HasEnded) follow.Cancel();
            while (connection is not null && !follow.IsCancellationRequested)
            {
                if (!await link.PumpAsync(connection, follow.Token).ConfigureAwait(false)) break;
                await link.CloseQuietlyAsync(connection).ConfigureAwait(false);
                SetConnected(false);
                connection = await ReconnectAndResumeAsync(follow.Token).ConfigureAwait(false);
            }
            return connection;
        }
        finally
        {
            Volatile.Write(ref following, null);
        }
    }

    /// <summary>Reconnects with backoff, reads the status and asks for missed events; null when <paramref name="token"/> ends first.</summary>
    private async Task<IWearableConnection?> ReconnectAndResumeAsync(CancellationToken token)
    {
        var (connection, _) = await link.ReconnectAsync(token).ConfigureAwait(false);
        if (connection is null) return null;
        reconnections++;
        SetConnected(true);
        try
        {
            await link.ReadStatusAsync(connection, token).ConfigureAwait(false);
            link.DrainAvailable(connection);
            if (receiver.NeedsResume) await link.SendResumeAsync(connection, token).ConfigureAwait(false);
        }
        catch (WearableTransportException problem)
        {
            options.DebugLog?.Invoke("the link dropped right after reconnecting: " + problem.Message);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
        }
        return connection;
    }

    /// <summary>
    /// Asks the wearable to cancel (reconnecting once if the link is down), bounded by twice the answer timeout.
    /// Answers the connection left and whether the wearable confirmed.
    /// </summary>
    private async Task<(IWearableConnection? Connection, bool Confirmed)> CancelOnDeviceAsync(IWearableConnection? connection)
    {
        using var bound = new CancellationTokenSource(options.AnswerTimeout * 2);
        try
        {
            if (connection is null || connection.State != WearableConnectionState.Connected)
            {
                if (connection is not null) await link.CloseQuietlyAsync(connection).ConfigureAwait(false);
                connection = await ReconnectAndResumeAsync(bound.Token).ConfigureAwait(false);
                if (connection is null) return (null, false);
            }
            var answer = await CommandAsync(connection, CommandFrames.CancelAccelerometerCalibration, bound.Token).ConfigureAwait(false);
            // The wearable's last progress report (Cancelled) follows the answer; wait for it briefly.
            await WaitUntilAsync(connection, () => HasEnded, options.AnswerTimeout, bound.Token).ConfigureAwait(false);
            return (connection, answer?.Result == ResultCode.Success);
        }
        catch (Exception problem) when (problem is WearableTransportException or OperationCanceledException)
        {
            options.DebugLog?.Invoke("could not cancel the calibration on the wearable: " + problem.Message);
            return (connection, false);
        }
    }

    /// <summary>
    /// After the end: reads the status for the newest event number and asks for what is missing until the host holds
    /// every event up to it (the calibrations among them), bounded by <see cref="AccelerometerCalibrationOptions.FinalSyncTimeout"/>.
    /// </summary>
    private async Task<IWearableConnection?> CollectCalibrationsAsync(IWearableConnection? connection)
    {
        if (restarted || endingProgress is { State: not AccelerometerCalibrationState.Complete }) return connection;
        (connection, _) = await link.CatchUpAsync(connection, options.FinalSyncTimeout, FinalRequestSpacing,
            async lost =>
            {
                await link.CloseQuietlyAsync(lost).ConfigureAwait(false);
                SetConnected(false);
            },
            ReconnectAndResumeAsync, HoldsBothCalibrations).ConfigureAwait(false);
        return connection;
    }

    private bool HoldsBothCalibrations() =>
        calibrations.Any(c => c.Sensor == ImuSensorPosition.Sacrum) && calibrations.Any(c => c.Sensor == ImuSensorPosition.Thoracolumbar);

    private AccelerometerCalibrationOutcome Ending()
    {
        if (restarted)
            return Outcome(AccelerometerCalibrationEnding.Unknown,
                "The wearable restarted during the calibration, which ended it. Run `winksensor calibrate` again.");
        if (endingProgress is { } progress)
        {
            var ending = progress.State switch
            {
                AccelerometerCalibrationState.Complete => AccelerometerCalibrationEnding.Complete,
                AccelerometerCalibrationState.Cancelled => AccelerometerCalibrationEnding.Cancelled,
                AccelerometerCalibrationState.TimedOut => AccelerometerCalibrationEnding.TimedOut,
                _ => AccelerometerCalibrationEnding.Failed,
            };
            var message = CalibrationExplanations.Ended(progress, options.EffectiveTimeLimitSeconds);
            if (ending == AccelerometerCalibrationEnding.Complete && !HoldsBothCalibrations())
                message += " Their values did not reach this computer (the link was too poor), but the wearable uses them.";
            return Outcome(ending, message);
        }
        // The final progress report was lost; the status said the procedure is no longer running.
        return HoldsBothCalibrations()
            ? Outcome(AccelerometerCalibrationEnding.Complete, "Calibration complete: both boards are calibrated.")
            : Outcome(AccelerometerCalibrationEnding.Unknown,
                "The wearable left the calibration, but its final report was lost on the way, so the result is not known. Run `winksensor calibrate` again.");
    }

    /// <summary>Sends a command (new request id each attempt) and waits for its answer; up to three attempts. Null when none came.</summary>
    private async Task<CommandAnswer?> CommandAsync(IWearableConnection connection, Func<uint, byte[]> command, CancellationToken token)
    {
        for (int attempt = 0; attempt < 3; attempt++)
        {
            uint requestId = receiver.NextRequestId();
            await WearableLink.SendAsync(connection, command(requestId), token).ConfigureAwait(false);
            if (await WaitUntilAsync(connection, () => answers.ContainsKey(requestId), options.AnswerTimeout, token).ConfigureAwait(false))
                return answers[requestId];
            if (connection.State != WearableConnectionState.Connected) return null;
        }
        return null;
    }

    /// <summary>Processes frames until <paramref name="condition"/> holds, the link drops or <paramref name="longest"/> passes.</summary>
    private async Task<bool> WaitUntilAsync(IWearableConnection connection, Func<bool> condition, TimeSpan longest, CancellationToken token)
    {
        long start = Stopwatch.GetTimestamp();
        while (true)
        {
            link.DrainAvailable(connection);
            if (condition()) return true;
            var left = longest - Stopwatch.GetElapsedTime(start);
            if (left <= TimeSpan.Zero || connection.Frames.Completion.IsCompleted) return false;
            await WearableLink.WaitForFramesAsync(connection, left, token).ConfigureAwait(false);
        }
    }

    private void Decoded(object decoded)
    {
        switch (decoded)
        {
            case DeviceStatus status:
                lastStatus = status;
                if (!started)
                {
                    statusBefore = status;
                    break;
                }
                if (status.AccelerometerCalibrationRunning) seenRunning = true;
                else if (seenRunning && endingProgress is null)
                {
                    endedByStatus = true;
                    SignalEnd();
                }
                break;
            case AccelerometerCalibrationProgress progress:
                lastProgress = progress;
                if (progress.State == AccelerometerCalibrationState.Collecting) seenRunning = true;
                // A final report from before the start (an earlier run) says nothing about this one.
                if (started && progress.HasEnded && endingProgress is null)
                {
                    endingProgress = progress;
                    SignalEnd();
                }
                PublishView();
                break;
            case CommandAnswer answer:
                answers[answer.RequestId] = answer;
                if (startRequests.Contains(answer.RequestId) && answer.Result == ResultCode.Success && !started)
                {
                    started = true;
                    seenRunning = false;
                    PublishView();
                }
                break;
        }
    }

    private void Received(DeviceEvent deviceEvent)
    {
        if (deviceEvent is not AccelerometerCalibratedEvent calibrated) return;
        calibrations.Add(calibrated);
        var device = new DeviceIdentity(options.DeviceName, link.Address, lastStatus?.FirmwareVersion);
        if (calibrationLog.Store(device, receiver.BootId ?? 0, calibrated)) stored++;
        // A completed procedure logs both boards' calibrations: that is the end, even when its final report is lost.
        if (started && HoldsBothCalibrations() && !endedByEvents)
        {
            endedByEvents = true;
            SignalEnd();
        }
    }

    private void SignalEnd()
    {
        try
        {
            Volatile.Read(ref following)?.Cancel();
        }
        catch (ObjectDisposedException)
        {
        }
    }

    private void SetConnected(bool isConnected)
    {
        connected = isConnected;
        PublishView();
    }

    private void PublishView() => Volatile.Write(ref liveView, new AccelerometerCalibrationLiveView(connected, started, lastProgress));

    private AccelerometerCalibrationOutcome Outcome(AccelerometerCalibrationEnding ending, string message) =>
        new(ending, message, calibrations.ToList(), lastProgress, statusBefore)
        {
            StoredCalibrations = stored,
            Reconnections = reconnections,
        };
}
