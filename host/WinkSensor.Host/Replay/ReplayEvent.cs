namespace WinkSensor.Host.Replay;

/// <summary>Something the device runtime reported during a replay; times in s from the recording's clock.</summary>
public abstract record ReplayEvent(double TimeSeconds);

public sealed record CalibratedEvent(double TimeSeconds) : ReplayEvent(TimeSeconds);

public sealed record RepEvent(int Rep, double StartSeconds, double BottomSeconds, double EndSeconds,
    double PeakFlexionDegrees, bool Wink, bool PelvisOnly) : ReplayEvent(EndSeconds);

/// <summary>A wink: TimeSeconds is when the device buzzes; onset and magnitude are the retrospective estimates
/// (updated from the rep record when the rep completes).</summary>
public sealed record WinkEvent(int Rep, double TimeSeconds, double OnsetSeconds, double MagnitudeDegrees) : ReplayEvent(TimeSeconds);

public sealed record FaultEvent(WinkSensor.Core.Runtime.FaultCode Code, double TimeSeconds) : ReplayEvent(TimeSeconds);
