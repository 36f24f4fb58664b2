using WinkSensor.Host.Protocol;
using WinkSensor.Host.Storage;

namespace WinkSensor.Host.LiveRecording;

/// <summary>Something the recorder tells the user about at once (a wink above all).</summary>
/// <param name="DeviceTimeMicroseconds">When it happened on the wearable's clock, µs since its boot.</param>
/// <param name="Wink">The wink, for <see cref="AlertKind.Wink"/>.</param>
/// <param name="FrameArrivalTimestamp">Stopwatch timestamp of the frame that caused it (host arrival), for latency.</param>
/// <param name="Recovered">True when the event reached the host only after a disconnect or a lost notification.</param>
public sealed record RecorderAlert(
    AlertKind Kind, string Message, long DeviceTimeMicroseconds, WinkDetectedEvent? Wink, long FrameArrivalTimestamp, bool Recovered);
