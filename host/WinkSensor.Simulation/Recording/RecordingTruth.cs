using WinkSensor.Simulation.Athletes;

namespace WinkSensor.Simulation.Recording;

/// <summary>Everything true about a simulated recording that is not per sample; written as the truth JSON.</summary>
public sealed record RecordingTruth
{
    public string Format { get; init; } = "winksensor-simulation-truth/1";
    public required long Seed { get; init; }
    public required double DurationS { get; init; }
    /// <summary>End of the initial standing calibration, s.</summary>
    public required double CalibrationEndS { get; init; }
    public required double AlarmThresholdDeg { get; init; }
    public string ReferenceDefinition { get; init; } =
        "reference_flexion_deg = minimum true flexion from the rep start until the hip joint centre has dropped half of the rep's depth";
    public string ThresholdCrossingDefinition { get; init; } =
        "threshold_crossing_s = first time in [start_s, end_s] with true flexion >= reference_flexion_deg + threshold_deg; " +
        "wink_threshold_crossing_s = first time after wink_onset_s with true flexion >= wink_onset_flexion_deg + threshold_deg";
    public string FlexionDefinition { get; init; } =
        "gt_flexion_deg = thoracolumbar segment sagittal angle - pelvis sagittal angle, relative to the standing calibration pose, positive = lumbar rounding";
    public required SimulatedAthlete Athlete { get; init; }
    public required IReadOnlyList<SensorTruth> Sensors { get; init; }
    public required IReadOnlyList<RepTruth> Reps { get; init; }
    public required IReadOnlyList<ActivityTruth> Activities { get; init; }
}
