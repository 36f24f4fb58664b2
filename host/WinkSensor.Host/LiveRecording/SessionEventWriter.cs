using WinkSensor.Core.Runtime;
using WinkSensor.Host.Protocol;
using WinkSensor.Host.Storage;

namespace WinkSensor.Host.LiveRecording;

/// <summary>
/// Takes what the event stream receiver hands on (each event once, in order; live angles; raw frames) and writes it
/// into the session, raising an alert for every wink before storing it. Keeps the counts and the live view.
/// Runs on the recorder's frame loop; <see cref="LiveView"/> may be read from any thread.
/// </summary>
internal sealed class SessionEventWriter
{
    private readonly object viewGate = new();
    private readonly SessionRecorder session;
    private readonly IAlertNotifier alerts;
    private readonly DeviceClockUnwrapper clock = new();
    private readonly RepRecord rep = new();
    private readonly WinkRecord wink = new();
    private readonly List<WinkDetectedEvent> winks = [];
    private readonly List<DeviceEvent> recovered = [];
    private uint? lastLiveCounter;
    private long latestDeviceMicroseconds;
    private double? flexionDegrees;
    private SquatPhase? phase;
    private int repCount;
    private bool connected;
    private int disconnections;

    public SessionEventWriter(SessionRecorder session, IAlertNotifier alerts)
    {
        this.session = session;
        this.alerts = alerts;
    }

    public long SessionId => session.SessionId;

    /// <summary>Events up to this sequence that arrive from now on reached the host only through recovery.</summary>
    public uint RecoverUpTo { get; set; }

    /// <summary>Stopwatch timestamp of the frame being processed.</summary>
    public long CurrentFrameArrival { get; set; }

    public int Events { get; private set; }
    public int Reps { get; private set; }
    public int Faults { get; private set; }
    public int LiveAngleSamples { get; private set; }
    public int LiveAngleFramesMissed { get; private set; }
    public int RawFrames { get; private set; }
    public IReadOnlyList<WinkDetectedEvent> Winks => winks;
    public IReadOnlyList<DeviceEvent> Recovered => recovered;

    public double LatestDeviceSeconds => latestDeviceMicroseconds * 1e-6;

    public RecorderLiveView LiveView
    {
        get
        {
            lock (viewGate)
                return new RecorderLiveView(connected, session.SessionId, flexionDegrees, phase, repCount,
                    latestDeviceMicroseconds * 1e-6, winks.Count > 0 ? winks[^1] : null, winks.Count, disconnections);
        }
    }

    public void Event(DeviceEvent deviceEvent)
    {
        Events++;
        bool wasRecovered = deviceEvent.Sequence <= RecoverUpTo;
        if (wasRecovered) recovered.Add(deviceEvent);
        switch (deviceEvent)
        {
            case CalibratedEvent calibrated:
                session.Calibrated(Microseconds(calibrated.TimeMilliseconds));
                break;
            case RepCompletedEvent completed:
                Reps++;
                rep.RepNumber = completed.RepNumber;
                rep.StartMicroseconds = Microseconds(completed.StartMilliseconds);
                rep.BottomMicroseconds = Microseconds(completed.BottomMilliseconds);
                rep.EndMicroseconds = Microseconds(completed.EndMilliseconds);
                rep.PeakFlexionDegrees = (float)(completed.PeakFlexionDegrees ?? 0);
                rep.Wink = completed.Wink;
                rep.PelvisOnly = completed.PelvisOnly;
                session.RepCompleted(rep);
                break;
            case WinkDetectedEvent detected:
                Wink(detected, wasRecovered);
                break;
            case RepMetricsEvent metrics:
                session.RepMetricsMeasured(metrics.RepNumber,
                    new RepKinematics(metrics.DepthCentimetres, metrics.MeanConcentricVelocityMetresPerSecond,
                        metrics.PeakConcentricVelocityMetresPerSecond),
                    new WinkOnsetDepth(metrics.OnsetDepthCentimetres, metrics.OnsetFractionOfDepth));
                break;
            case ConfigurationChangedEvent changed:
                session.ConfigurationChanged(Microseconds(changed.TimeMilliseconds), changed.Settings);
                break;
            case FaultEvent fault:
                Faults++;
                long time = Microseconds(fault.TimeMilliseconds);
                session.Fault(fault.Code, time);
                Alert(AlertKind.Fault, $"Wearable fault: {fault.Code}", time, null, wasRecovered);
                break;
        }
    }

    private void Wink(WinkDetectedEvent detected, bool wasRecovered)
    {
        long alarm = Microseconds(detected.AlarmMilliseconds);
        lock (viewGate) winks.Add(detected);
        var message = string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"Wink in rep {detected.RepNumber} at {alarm * 1e-6:F1} s (+{detected.MagnitudeDegrees ?? 0:F1} deg over the rep's reference)")
            + (wasRecovered ? ", delivered after a reconnect" : "");
        // The user hears it first; storing it can wait a moment.
        Alert(AlertKind.Wink, message, alarm, detected, wasRecovered);
        wink.RepNumber = detected.RepNumber;
        wink.AlarmMicroseconds = alarm;
        wink.OnsetMicroseconds = Microseconds(detected.OnsetMilliseconds);
        wink.MagnitudeDegrees = (float)(detected.MagnitudeDegrees ?? 0);
        session.WinkDetected(wink);
    }

    public void LiveAngles(LiveAnglesSample sample)
    {
        long time = Microseconds(sample.TimeMilliseconds);
        if (lastLiveCounter is uint last && sample.Counter > last + 1) LiveAngleFramesMissed += (int)(sample.Counter - last - 1);
        lastLiveCounter = sample.Counter;
        lock (viewGate)
        {
            latestDeviceMicroseconds = Math.Max(latestDeviceMicroseconds, time);
            flexionDegrees = sample.FlexionDegrees;
            phase = sample.Phase;
            repCount = sample.RepCount;
        }
        if (sample.FlexionDegrees is not double flexion) return;
        LiveAngleSamples++;
        session.LiveAngle(time, (float)flexion, sample.Phase, sample.RepCount);
    }

    /// <summary>A raw IMU frame, stored as it came; it carries no time, so it gets the latest device time seen.</summary>
    public void RawFrame(byte[] frame)
    {
        RawFrames++;
        session.RawFrame(latestDeviceMicroseconds, frame);
    }

    public void EventsLost(EventsLost lost)
    {
        session.Alert(latestDeviceMicroseconds, AlertKind.ConnectionLost, lost.ToString());
    }

    public void DeviceRestarted() => clock.Reset();

    public void ConnectionChanged(bool isConnected, string message)
    {
        lock (viewGate)
        {
            connected = isConnected;
            if (!isConnected) disconnections++;
        }
        if (message.Length == 0) return;
        var kind = isConnected ? AlertKind.ConnectionRestored : AlertKind.ConnectionLost;
        Alert(kind, message, latestDeviceMicroseconds, null, false);
    }

    /// <summary>The stop could not collect every event: the user hears it and the session keeps the reason.</summary>
    public void StoppedIncomplete(string reason) => Alert(AlertKind.ConnectionLost, reason, latestDeviceMicroseconds, null, false);

    private void Alert(AlertKind kind, string message, long deviceMicroseconds, WinkDetectedEvent? detected, bool wasRecovered)
    {
        alerts.Notify(new RecorderAlert(kind, message, deviceMicroseconds, detected, CurrentFrameArrival, wasRecovered));
        session.Alert(deviceMicroseconds, kind, message);
    }

    private long Microseconds(uint milliseconds)
    {
        long time = clock.ToMicroseconds(milliseconds);
        lock (viewGate) latestDeviceMicroseconds = Math.Max(latestDeviceMicroseconds, time);
        return time;
    }
}
