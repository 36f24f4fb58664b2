using WinkSensor.Simulation.Sensors;

namespace WinkSensor.Simulation.Recording;

/// <summary>Everything about a simulated recording that is not the athlete or the script.</summary>
public sealed record SimulationSettings
{
    /// <summary>Seed for everything random: same seed, same bytes.</summary>
    public long Seed { get; init; } = 1;
    public MountRotationKind MountRotation { get; init; } = MountRotationKind.Random;
    public SensorErrorSettings SensorErrors { get; init; } = SensorErrorSettings.Datasheet;
    public SoftTissueSettings SoftTissue { get; init; } = new();
    /// <summary>False: only the sacrum sensor is worn (the tl columns are left out of the CSV).</summary>
    public bool ThoracolumbarSensorPresent { get; init; } = true;
    /// <summary>The thoracolumbar sensor stops delivering from this time on, s (null = never).</summary>
    public double? ThoracolumbarDropoutS { get; init; }
    /// <summary>Alarm threshold above the rep's reference flexion used for the truth crossing times, deg.</summary>
    public double AlarmThresholdDeg { get; init; } = 8;
    /// <summary>Standing still at the start for calibration, s (at least 2).</summary>
    public double CalibrationS { get; init; } = 3;
    /// <summary>Body-model and sensor-physics rate, Hz: positions are differentiated and the DLPF runs at this rate.</summary>
    public double InternalRateHz { get; init; } = 1000;
    /// <summary>Multiplies the postural sway (0 = perfectly still when standing).</summary>
    public double SwayScale { get; init; } = 1;

    public string? Validate()
    {
        if (!(CalibrationS is >= 2 and <= 600)) return $"calibration standing time {CalibrationS} s is outside 2-600 s";
        if (!(AlarmThresholdDeg is > 0 and <= 60)) return $"alarm threshold {AlarmThresholdDeg}° is outside 0-60°";
        if (ThoracolumbarDropoutS is { } d && !(d >= 0)) return $"thoracolumbar dropout time {d} s must be 0 or later";
        if (!(InternalRateHz is >= 200 and <= 20000)) return $"internal rate {InternalRateHz} Hz is outside 200-20000 Hz";
        if (!(SwayScale is >= 0 and <= 10)) return $"sway scale {SwayScale} is outside 0-10";
        if (SensorErrors.OutputRateHz * 2 > InternalRateHz) return "the output rate must be at most half the internal rate";
        return SensorErrors.Validate();
    }
}
