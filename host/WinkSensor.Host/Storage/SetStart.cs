namespace WinkSensor.Host.Storage;

/// <summary>Where a set begins on the wearable's clock, and how it was performed (for regrouping reps into sets).</summary>
/// <param name="StartMicroseconds">Device time, µs (the unwrapped clock stored with the session's reps); reps starting
/// at or after it (and before the next set's start) belong to this set.</param>
public sealed record SetStart(long StartMicroseconds, SetConditions Conditions);

/// <summary>One set's numbers for the trend across sessions, per condition.</summary>
/// <param name="OnsetDepthCount">Winks in the set whose onset depth (cm) was measured.</param>
/// <param name="MeanOnsetDepthCentimetres">Mean onset depth over those, cm; null when none was measured.</param>
/// <param name="MeanOnsetDepthFraction">Mean onset depth as a fraction of the rep's depth; null when not measured.</param>
public sealed record SetTrendPoint(
    long SessionId,
    DateTimeOffset SessionStart,
    int SetNumber,
    SetConditions Conditions,
    int RepCount,
    int WinkRepCount,
    int OnsetDepthCount,
    double? MeanOnsetDepthCentimetres,
    double? MeanOnsetDepthFraction);
