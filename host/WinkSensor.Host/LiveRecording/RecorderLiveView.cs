using WinkSensor.Core.Runtime;
using WinkSensor.Host.Protocol;

namespace WinkSensor.Host.LiveRecording;

/// <summary>What a live display shows, as of one moment.</summary>
/// <param name="FlexionDegrees">Latest live flexion, deg, positive = lumbar rounding; null before the first sample.</param>
/// <param name="DeviceTimeSeconds">Latest device time seen, s since the wearable's boot.</param>
public sealed record RecorderLiveView(
    bool Connected, long? SessionId, double? FlexionDegrees, SquatPhase? Phase, int RepCount, double DeviceTimeSeconds,
    WinkDetectedEvent? LastWink, int Winks, int Disconnections);
