namespace WinkSensor.Host.Coaching;

/// <summary>One rep as the cause test sees it.</summary>
/// <param name="MagnitudeDegrees">How far the wink rounded the lower back past its onset, deg; null without a wink.</param>
/// <param name="OnsetDepthCentimetres">Sacrum descent from standing when the wink began, cm; null when not measured.</param>
/// <param name="OnsetDepthFraction">Onset depth over the rep's bottom depth, 0..1 (1 = the wink began at the very
/// bottom); null when not measured.</param>
public sealed record CauseTestRep(
    bool Wink,
    double? MagnitudeDegrees = null,
    double? OnsetDepthCentimetres = null,
    double? OnsetDepthFraction = null)
{
    /// <summary>The wink's rise in this rep, deg, counting a rep without a wink as 0.</summary>
    public double WinkRiseDegrees => Wink ? MagnitudeDegrees ?? 0 : 0;

    public static CauseTestRep Clean { get; } = new(false);
}
