using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using WinkSensor.Core.Calibration;
using WinkSensor.Core.Runtime;
using WinkSensor.Host.Protocol;

namespace WinkSensor.Host.Storage;

/// <summary>
/// Writes one session into the store as events arrive. Everything appended is held in an open transaction that is
/// committed at least every <see cref="RecorderSettings.CommitInterval"/> (on the next append or by a timer, whichever
/// comes first), so a recorder that is killed loses at most that much and leaves a readable session marked incomplete.
/// <see cref="Complete"/> marks a clean stop. All members are safe to call from several threads (transport thread,
/// user interface). Records passed in are copied; the device runtime may reuse them.
/// </summary>
public sealed class SessionRecorder : IDeviceEventSink, IDisposable
{
    private readonly object gate = new();
    private readonly SqliteConnection connection;
    private readonly RecorderSettings settings;
    private readonly SetBoundaryRule setRule;
    private readonly Timer commitTimer;
    private readonly SessionStatements statements;
    private SqliteTransaction transaction;
    private long lastCommitTimestamp;
    private bool hasPendingChanges;
    private bool closed;
    private Exception? backgroundCommitFailure;
    private long currentSetId;
    private int setCount;
    private SetConditions nextSetConditions = SetConditions.None;

    private SessionRecorder(SqliteConnection connection, RecorderSettings settings, long sessionId)
    {
        this.connection = connection;
        this.settings = settings;
        SessionId = sessionId;
        setRule = new SetBoundaryRule(settings.SetRestSeconds);
        statements = new SessionStatements(connection, sessionId);
        transaction = connection.BeginTransaction();
        lastCommitTimestamp = Stopwatch.GetTimestamp();
        // Ticking at half the interval and committing data older than half the interval keeps every append's wait
        // for its commit under one interval, even when nothing else arrives after it.
        var tick = settings.CommitInterval / 2;
        commitTimer = new Timer(_ => CommitFromTimer(), null, tick, tick);
    }

    /// <summary>The new session's id, as `winksensor show` takes it.</summary>
    public long SessionId { get; }

    /// <summary>Creates the session row (committed at once, so even an immediate kill leaves the session) and starts recording.</summary>
    public static SessionRecorder Begin(SessionStore store, DeviceIdentity device, RecorderSettings? settings = null)
    {
        settings ??= RecorderSettings.Default;
        settings.Validate();
        var connection = store.OpenConnection();
        try
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT INTO sessions (device_name, device_address, firmware_version, started_utc, ended_utc, complete)
                VALUES ($name, $address, $firmware, $now, $now, 0) RETURNING id;
                """;
            insert.Parameters.AddWithValue("$name", (object?)device.Name ?? DBNull.Value);
            insert.Parameters.AddWithValue("$address", (object?)device.Address ?? DBNull.Value);
            insert.Parameters.AddWithValue("$firmware", (object?)device.FirmwareVersion ?? DBNull.Value);
            insert.Parameters.AddWithValue("$now", FormatUtc(settings.Clock.GetUtcNow()));
            var sessionId = Convert.ToInt64(insert.ExecuteScalar(), CultureInfo.InvariantCulture);
            return new SessionRecorder(connection, settings, sessionId);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public void Calibrated(long timeMicroseconds) =>
        Append(() => statements.InsertCalibration.Run(transaction, timeMicroseconds));

    public void RepCompleted(RepRecord rep) => RepCompleted(rep, RepKinematics.Unknown);

    public void RepCompleted(RepRecord rep, RepKinematics kinematics)
    {
        var repNumber = rep.RepNumber;
        var start = rep.StartMicroseconds;
        var bottom = rep.BottomMicroseconds;
        var end = rep.EndMicroseconds;
        var peak = rep.PeakFlexionDegrees;
        var wink = rep.Wink;
        var pelvisOnly = rep.PelvisOnly;
        Append(() =>
        {
            if (setRule.Decide(start, end) is { } reason) OpenSet(reason);
            var repId = statements.InsertRep.Scalar(transaction, currentSetId, repNumber, start, bottom, end, peak,
                wink, pelvisOnly, kinematics.DepthCentimetres, kinematics.MeanConcentricVelocityMetresPerSecond,
                kinematics.PeakConcentricVelocityMetresPerSecond);
            statements.LinkWinksToRep.Run(transaction, repId, repNumber);
        });
    }

    public void WinkDetected(WinkRecord wink) => WinkDetected(wink, WinkOnsetDepth.Unknown);

    public void WinkDetected(WinkRecord wink, WinkOnsetDepth onsetDepth)
    {
        var repNumber = wink.RepNumber;
        var alarm = wink.AlarmMicroseconds;
        var onset = wink.OnsetMicroseconds;
        var magnitude = wink.MagnitudeDegrees;
        Append(() => statements.InsertWink.Run(transaction, repNumber, alarm, onset, magnitude,
            onsetDepth.Centimetres, onsetDepth.FractionOfRepDepth));
    }

    /// <summary>
    /// A rep's measured depth and concentric velocity, and for a winking rep how deep the wink began (the device sends
    /// them after the rep and its wink): they fill in the newest rep and wink of that number in this session. Answers
    /// false when the session holds no such rep (its event was lost); the metrics are then dropped.
    /// </summary>
    public bool RepMetricsMeasured(int repNumber, RepKinematics kinematics, WinkOnsetDepth onsetDepth)
    {
        bool found = false;
        Append(() =>
        {
            found = statements.UpdateRepMetrics.Run(transaction, repNumber, kinematics.DepthCentimetres,
                kinematics.MeanConcentricVelocityMetresPerSecond, kinematics.PeakConcentricVelocityMetresPerSecond) > 0;
            if (onsetDepth.Centimetres is not null || onsetDepth.FractionOfRepDepth is not null)
                statements.UpdateWinkOnsetDepth.Run(transaction, repNumber, onsetDepth.Centimetres, onsetDepth.FractionOfRepDepth);
        });
        return found;
    }

    /// <summary>As the device runtime reports them: depth cm, velocities m/s, onset depth cm and fraction of the rep's
    /// depth; NaN = not measured (no wink in the rep: NaN onset). The same signature as the core's
    /// ProtocolEventSink.RepMetricsMeasured, so the recorder can stand where the device runtime reports metrics.</summary>
    public void RepMetricsMeasured(int repNumber, float depthCentimetres, float meanConcentricVelocityMetresPerSecond,
        float peakConcentricVelocityMetresPerSecond, float onsetDepthCentimetres, float onsetFractionOfDepth) =>
        RepMetricsMeasured(repNumber,
            new RepKinematics(Measured(depthCentimetres), Measured(meanConcentricVelocityMetresPerSecond),
                Measured(peakConcentricVelocityMetresPerSecond)),
            new WinkOnsetDepth(Measured(onsetDepthCentimetres), Measured(onsetFractionOfDepth)));

    /// <summary>The wearable's configuration changed (a host wrote it) at this device time.</summary>
    public void ConfigurationChanged(long timeMicroseconds, DeviceSettings settings) =>
        Append(() => statements.InsertConfigurationChange.Run(transaction, timeMicroseconds, settings.WinkThresholdDegrees,
            settings.BuzzEnabled, settings.WinkPattern.ToString(), settings.IdleSleepMinutes, settings.LiveAngleRateHertz));

    /// <summary>Whether the wearable reported both accelerometers six-position calibrated (its status when recording began).</summary>
    public void AccelerometersCalibrated(bool calibrated) =>
        Append(() => statements.NoteAccelerometersCalibrated.Run(transaction, calibrated));

    private static double? Measured(float value) => float.IsFinite(value) ? value : null;

    public void Fault(FaultCode code, long timeMicroseconds) =>
        Append(() => statements.InsertFault.Run(transaction, timeMicroseconds, (int)code));

    /// <summary>Not recorded in the session (the host keeps accelerometer calibrations apart from sessions).</summary>
    public void AccelerometerCalibrated(long timeMicroseconds, AccelerometerCalibration sacrum, AccelerometerCalibration thoracolumbar,
        bool keptInFlash)
    {
    }

    /// <summary>One live-angle sample (~25 Hz): flexion in deg, positive = lumbar rounding.</summary>
    public void LiveAngle(long timeMicroseconds, float flexionDegrees, SquatPhase phase, int repCount) =>
        Append(() => statements.InsertLiveAngle.Run(transaction, timeMicroseconds, flexionDegrees, (int)phase, repCount));

    public void LiveAngle(LiveAngleSample sample) =>
        LiveAngle(sample.TimeMicroseconds, sample.FlexionDegrees, sample.Phase, sample.RepCount);

    /// <summary>One raw IMU frame as it came over the wire (only when raw frames were requested).</summary>
    public void RawFrame(long timeMicroseconds, ReadOnlySpan<byte> frame)
    {
        var copy = frame.ToArray();
        Append(() => statements.InsertRawFrame.Run(transaction, timeMicroseconds, copy));
    }

    /// <summary>The host alerted the user (sound or notification).</summary>
    public void Alert(long timeMicroseconds, AlertKind kind, string message) =>
        Append(() => statements.InsertAlert.Run(transaction, timeMicroseconds, kind.ToString(), message));

    /// <summary>The next rep begins a new set (see <see cref="SetBoundaryRule"/>), tagged with these conditions.
    /// Conditions also apply to a set the rest rule opens next, until told otherwise.</summary>
    public void StartNewSet(SetConditions? conditions = null)
    {
        lock (gate)
        {
            ThrowIfClosed();
            setRule.StartNewSet();
            nextSetConditions = conditions ?? SetConditions.None;
        }
    }

    /// <summary>Commits what is pending now.</summary>
    public void Flush()
    {
        lock (gate)
        {
            ThrowIfClosed();
            Commit();
        }
    }

    /// <summary>Clean stop: marks the session complete with its end time, commits and closes.</summary>
    public void Complete(string? notes = null)
    {
        lock (gate)
        {
            ThrowIfClosed();
            statements.MarkComplete.Run(transaction, FormatUtc(settings.Clock.GetUtcNow()), notes);
            hasPendingChanges = true;
            Commit();
            Close();
        }
    }

    /// <summary>Commits what is pending and closes. Without <see cref="Complete"/> the session stays incomplete.</summary>
    public void Dispose()
    {
        lock (gate)
        {
            if (closed) return;
            try
            {
                if (backgroundCommitFailure is null) Commit();
            }
            finally
            {
                Close();
            }
        }
    }

    private void Append(Action write)
    {
        lock (gate)
        {
            ThrowIfClosed();
            write();
            hasPendingChanges = true;
            if (Stopwatch.GetElapsedTime(lastCommitTimestamp) >= settings.CommitInterval) Commit();
        }
    }

    private void OpenSet(SetStartReason reason)
    {
        setCount++;
        var conditions = nextSetConditions;
        currentSetId = statements.InsertSet.Scalar(transaction, setCount, reason.ToString().ToLowerInvariant(),
            conditions.StanceWidthCentimetres, conditions.ToeAngleDegrees, conditions.HeelsRaised,
            conditions.LoadKilograms, conditions.Shoes, conditions.Note);
    }

    private void CommitFromTimer()
    {
        lock (gate)
        {
            if (closed || backgroundCommitFailure is not null) return;
            try
            {
                if (hasPendingChanges && Stopwatch.GetElapsedTime(lastCommitTimestamp) >= settings.CommitInterval / 2) Commit();
            }
            catch (Exception exception)
            {
                // A timer thread must not throw: the next call on the recorder reports it.
                backgroundCommitFailure = exception;
            }
        }
    }

    private void Commit()
    {
        if (hasPendingChanges)
        {
            statements.TouchEnd.Run(transaction, FormatUtc(settings.Clock.GetUtcNow()));
            transaction.Commit();
            transaction.Dispose();
            transaction = connection.BeginTransaction();
            hasPendingChanges = false;
        }
        lastCommitTimestamp = Stopwatch.GetTimestamp();
    }

    private void Close()
    {
        closed = true;
        commitTimer.Dispose();
        transaction.Dispose();
        statements.Dispose();
        connection.Dispose();
    }

    private void ThrowIfClosed()
    {
        if (backgroundCommitFailure is { } failure)
            throw new InvalidOperationException($"Recording session {SessionId} failed to commit: {failure.Message}", failure);
        ObjectDisposedException.ThrowIf(closed, this);
    }

    internal static string FormatUtc(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
