using WinkSensor.Core.Calibration;
using WinkSensor.Core.Runtime;

namespace WinkSensor.Host.Replay;

/// <summary>
/// The replay's event sink: turns the runtime's reused records into immutable events. A wink event is written at
/// its alarm time and gets the retrospective magnitude (largest rise over the rep's reference) and the onset depth
/// when its rep completes.
/// </summary>
public sealed class ReplayEventCollector : IDeviceEventSink
{
    private readonly List<ReplayEvent> events = [];
    private int pendingWinkIndex = -1;

    public IReadOnlyList<ReplayEvent> Events => events;

    public void Calibrated(long timeMicroseconds) => events.Add(new CalibratedEvent(Seconds(timeMicroseconds)));

    public void RepCompleted(RepRecord rep)
    {
        if (pendingWinkIndex >= 0 && events[pendingWinkIndex] is WinkEvent pending && pending.Rep == rep.RepNumber && rep.Wink)
            events[pendingWinkIndex] = pending with
            {
                OnsetSeconds = Seconds(rep.WinkOnsetMicroseconds),
                MagnitudeDegrees = Math.Max(pending.MagnitudeDegrees, rep.WinkMagnitudeDegrees),
                OnsetDepthCentimetres = rep.WinkOnsetDepthCentimetres,
                OnsetFractionOfDepth = rep.WinkOnsetFractionOfDepth,
            };
        pendingWinkIndex = -1;
        events.Add(new RepEvent(rep.RepNumber, Seconds(rep.StartMicroseconds), Seconds(rep.BottomMicroseconds),
            Seconds(rep.EndMicroseconds), rep.PeakFlexionDegrees, rep.Wink, rep.PelvisOnly)
        {
            DepthCentimetres = rep.DepthMeters * 100.0,
            MeanConcentricVelocityMetersPerSecond = rep.MeanConcentricVelocityMetersPerSecond,
            PeakConcentricVelocityMetersPerSecond = rep.PeakConcentricVelocityMetersPerSecond,
        });
    }

    public void WinkDetected(WinkRecord wink)
    {
        pendingWinkIndex = events.Count;
        events.Add(new WinkEvent(wink.RepNumber, Seconds(wink.AlarmMicroseconds), Seconds(wink.OnsetMicroseconds), wink.MagnitudeDegrees));
    }

    public void Fault(FaultCode code, long timeMicroseconds) => events.Add(new FaultEvent(code, Seconds(timeMicroseconds)));

    /// <summary>Recordings carry no six-position calibration procedure; nothing to collect.</summary>
    public void AccelerometerCalibrated(long timeMicroseconds, AccelerometerCalibration sacrum, AccelerometerCalibration thoracolumbar,
        bool keptInFlash)
    {
    }

    private static double Seconds(long microseconds) => microseconds * 1e-6;
}
