namespace WinkSensor.Core.Tests.Signals;

/// <summary>
/// One synthetic squat. Progress p goes 0 -> 1 over the descent (cosine ease), holds for the pause, 1 -> 0 over the
/// ascent. Pelvis height = -depth * p; pelvis tilt = pelvis range * p - wink; trunk tilt = (pelvis range + gradual
/// flexion) * p, so lumbar flexion rises gradually with depth and the wink adds posterior pelvic tilt (the pelvis
/// tucks under while the trunk holds). The wink starts when p reaches WinkStartProgress in the descent and ramps to
/// its magnitude over WinkRiseSeconds; it fades with p through the ascent.
/// </summary>
public sealed record SquatSpec
{
    public double DurationSeconds { get; init; } = 2.6;
    public double DescentShare { get; init; } = 0.5;
    public double PauseSeconds { get; init; }
    public double DepthMeters { get; init; } = 0.45;
    public double PelvisRangeDegrees { get; init; } = 30;
    public double GradualFlexionDegrees { get; init; } = 10;
    public double WinkDegrees { get; init; }
    public double WinkStartProgress { get; init; } = 0.85;
    public double WinkRiseSeconds { get; init; } = 0.3;
    public double BackwardHipMeters { get; init; } = 0.15;
}
