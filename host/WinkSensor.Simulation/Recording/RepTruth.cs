namespace WinkSensor.Simulation.Recording;

/// <summary>Ground truth of one squat rep (times in s from the recording start; see docs/simulator.md for definitions).</summary>
public sealed record RepTruth
{
    public required int Rep { get; init; }
    public required int Set { get; init; }
    public required int RepInSet { get; init; }
    /// <summary>Descent starts.</summary>
    public required double StartS { get; init; }
    /// <summary>Hip reaches its lowest point (start of any pause).</summary>
    public required double BottomS { get; init; }
    /// <summary>Ascent starts (end of any pause; equals <see cref="BottomS"/> without a pause).</summary>
    public required double BottomEndS { get; init; }
    /// <summary>Standing again, at rest.</summary>
    public required double EndS { get; init; }
    /// <summary>gt_phase "bottom" runs from here...</summary>
    public required double BottomPhaseStartS { get; init; }
    /// <summary>...to here.</summary>
    public required double BottomPhaseEndS { get; init; }
    /// <summary>Hip joint centre vertical drop, standing to lowest, cm.</summary>
    public required double DepthCm { get; init; }
    /// <summary>Sacrum (S2 skin point) vertical drop, standing to lowest, cm.</summary>
    public required double SacrumDropCm { get; init; }
    public required double BottomThighDeg { get; init; }
    public required double LoadKg { get; init; }
    public required double StanceWidthRatio { get; init; }
    public required double ToeOutDeg { get; init; }
    public required double HeelRaiseCm { get; init; }
    /// <summary>Sacrum (S2) rise over the concentric phase / its duration, m/s. The concentric phase is bounded by an
    /// upward speed of 0.05 m/s around the fastest rise after the sacrum's lowest point, as the device measures it
    /// (docs/kinematics.md).</summary>
    public required double MeanConcentricVelocityMPerS { get; init; }
    /// <summary>Highest upward sacrum velocity during the concentric phase, m/s.</summary>
    public required double PeakConcentricVelocityMPerS { get; init; }
    public required bool Winks { get; init; }
    public double? WinkOnsetS { get; init; }
    /// <summary>Hip drop at wink onset, cm.</summary>
    public double? WinkOnsetDepthCm { get; init; }
    /// <summary>Hip drop at wink onset / rep depth.</summary>
    public double? WinkOnsetDepthFraction { get; init; }
    /// <summary>Sacrum (S2 skin point) drop below standing at wink onset, cm: what the device reports as onset depth.</summary>
    public double? WinkOnsetSacrumDropCm { get; init; }
    /// <summary>Sacrum drop at wink onset / <see cref="SacrumDropCm"/>.</summary>
    public double? WinkOnsetSacrumDropFraction { get; init; }
    public double? WinkOnsetHipFlexionDeg { get; init; }
    /// <summary>When the wink's contribution to flexion peaks (end of gt_wink = 1).</summary>
    public double? WinkPeakS { get; init; }
    /// <summary>Peak lumbar flexion added by the wink, deg.</summary>
    public double? WinkMagnitudeDeg { get; init; }
    /// <summary>True flexion at wink onset, deg.</summary>
    public double? WinkOnsetFlexionDeg { get; init; }
    /// <summary>First time after onset the true flexion is ≥ onset flexion + threshold.</summary>
    public double? WinkThresholdCrossingS { get; init; }
    /// <summary>Hip flexion this rep needed for a wink, deg (null = cannot wink).</summary>
    public double? WinkHipFlexionThresholdDeg { get; init; }
    /// <summary>Peak hip flexion the rep reached without a wink, deg.</summary>
    public required double PeakHipFlexionDeg { get; init; }
    /// <summary>Greatest anterior pelvic tilt in the descent − most posterior tilt while at the bottom, deg (Appl. Sci. 2025 tilt range, sign flipped: positive = posterior).</summary>
    public required double PelvicTiltRangeDeg { get; init; }
    /// <summary>Reference: minimum true flexion from the rep start until the hip has dropped half the rep's depth, deg.</summary>
    public required double ReferenceFlexionDeg { get; init; }
    public required double ReferenceWindowEndS { get; init; }
    public required double ThresholdDeg { get; init; }
    /// <summary>First time in the rep the true flexion is ≥ reference + threshold (null = never).</summary>
    public double? ThresholdCrossingS { get; init; }
    public required double PeakFlexionDeg { get; init; }
    public required double PeakFlexionS { get; init; }
}
