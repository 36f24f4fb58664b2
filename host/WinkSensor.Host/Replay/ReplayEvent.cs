namespace WinkSensor.Host.Replay;

/// <summary>Something the device runtime reported during a replay; times in s from the recording's clock.</summary>
public abstract record ReplayEvent(double TimeSeconds);

public sealed record CalibratedEvent(double TimeSeconds) : ReplayEvent(TimeSeconds);

public sealed record RepEvent(int Rep, double StartSeconds, double BottomSeconds, double EndSeconds,
    double PeakFlexionDegrees, bool Wink, bool PelvisOnly) : ReplayEvent(EndSeconds)
{
    /// <summary>Vertical drop of the sacrum sensor from standing to the lowest point, cm; NaN when not measured.</summary>
    public double DepthCentimetres { get; init; } = double.NaN;

    /// <summary>Mean upward speed of the sacrum over the concentric phase, m/s; NaN when not measured.</summary>
    public double MeanConcentricVelocityMetersPerSecond { get; init; } = double.NaN;

    /// <summary>Largest upward speed of the sacrum in the ascent, m/s; NaN when not measured.</summary>
    public double PeakConcentricVelocityMetersPerSecond { get; init; } = double.NaN;
}

/// <summary>A wink: TimeSeconds is when the device buzzes; onset and magnitude are the retrospective estimates
/// (updated from the rep record when the rep completes).</summary>
public sealed record WinkEvent(int Rep, double TimeSeconds, double OnsetSeconds, double MagnitudeDegrees) : ReplayEvent(TimeSeconds)
{
    /// <summary>How far the sacrum was below standing at the onset, cm (from the rep record; NaN until the rep completes).</summary>
    public double OnsetDepthCentimetres { get; init; } = double.NaN;

    /// <summary>Onset depth over the rep's depth, 0..1 (NaN until the rep completes or when not measured).</summary>
    public double OnsetFractionOfDepth { get; init; } = double.NaN;
}

public sealed record FaultEvent(WinkSensor.Core.Runtime.FaultCode Code, double TimeSeconds) : ReplayEvent(TimeSeconds);
