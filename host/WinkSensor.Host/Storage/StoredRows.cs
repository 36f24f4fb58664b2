using WinkSensor.Core.Runtime;

namespace WinkSensor.Host.Storage;

// What reading the store gives back. Device times are microseconds of the wearable's clock.

/// <summary>One line of the session list.</summary>
/// <param name="End">Stop time when complete; the last commit when the recording was cut off.</param>
public sealed record SessionSummary(
    long Id,
    DeviceIdentity Device,
    DateTimeOffset Start,
    DateTimeOffset? End,
    bool Complete,
    string? Notes,
    int SetCount,
    int RepCount,
    int WinkRepCount)
{
    public TimeSpan? Duration => End is { } end ? end - Start : null;

    /// <summary>The wearable reported both accelerometers six-position calibrated when recording began; null = not known.</summary>
    public bool? AccelerometersCalibrated { get; init; }
}

public sealed record StoredSet(long Id, int SetNumber, SetStartReason StartedBy, SetConditions Conditions);

public sealed record StoredRep(
    long Id,
    long SetId,
    int SetNumber,
    int RepNumber,
    long StartMicroseconds,
    long BottomMicroseconds,
    long EndMicroseconds,
    double PeakFlexionDegrees,
    bool Wink,
    bool PelvisOnly,
    RepKinematics Kinematics);

/// <param name="RepId">Null while the rep it belongs to has not completed (or never did: the recording was cut).</param>
public sealed record StoredWink(
    long Id,
    long? RepId,
    int RepNumber,
    long AlarmMicroseconds,
    long OnsetMicroseconds,
    double MagnitudeDegrees,
    WinkOnsetDepth OnsetDepth);

/// <summary>The wearable's configuration from this device time on (a host changed it).</summary>
public sealed record StoredConfigurationChange(long TimeMicroseconds, WinkSensor.Host.Protocol.DeviceSettings Settings);

public sealed record StoredFault(long TimeMicroseconds, FaultCode Code);

public sealed record StoredAlert(long TimeMicroseconds, AlertKind Kind, string Message);

/// <summary>One live-angle sample, ~25 Hz while recording.</summary>
public readonly record struct LiveAngleSample(long TimeMicroseconds, float FlexionDegrees, SquatPhase Phase, int RepCount);

public sealed record StoredRawFrame(long TimeMicroseconds, byte[] Frame);

/// <summary>Everything about one session except the sample streams, which can be large and are read separately.</summary>
public sealed record SessionDetail(
    SessionSummary Summary,
    IReadOnlyList<long> CalibrationMicroseconds,
    IReadOnlyList<StoredSet> Sets,
    IReadOnlyList<StoredRep> Reps,
    IReadOnlyList<StoredWink> Winks,
    IReadOnlyList<StoredFault> Faults,
    IReadOnlyList<StoredAlert> Alerts)
{
    /// <summary>Earliest device time seen in the session, µs; reports show times relative to it.</summary>
    public long? TimeOriginMicroseconds { get; init; }
}

/// <summary>One session's point on the trend across sessions.</summary>
/// <param name="WinkShare">Reps with a wink over all reps, 0..1; null when there were no reps.</param>
/// <param name="MeanOnsetDepthCentimetres">Null when no onset depth was measured.</param>
public sealed record SessionTrendPoint(
    long SessionId,
    DateTimeOffset Start,
    int RepCount,
    double? WinkShare,
    double? MeanPeakFlexionDegrees,
    double? MeanOnsetDepthCentimetres);
