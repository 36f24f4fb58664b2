namespace WinkSensor.Simulation.Sensors;

/// <summary>
/// MPU-6050 error model settings. Defaults are the datasheet figures (PS-MPU-6000A): noise densities, zero-rate and
/// zero-g offsets, scale and cross-axis tolerances; the full-scale ranges the driver uses; the 100 Hz FIFO rate with
/// a per-chip clock error; the ~44 Hz digital low-pass (DLPF_CFG = 3).
/// </summary>
public sealed record SensorErrorSettings
{
    /// <summary>Accelerometer noise density, µg/√Hz (datasheet 400).</summary>
    public double AccelNoiseDensityMicroGPerRootHz { get; init; } = 400;
    /// <summary>Gyro rate noise density, deg/s/√Hz (datasheet 0.005).</summary>
    public double GyroNoiseDensityDpsPerRootHz { get; init; } = 0.005;
    /// <summary>Gyro zero-rate offset at power-up, uniform within ± this, deg/s (datasheet ±20).</summary>
    public double GyroOffsetLimitDps { get; init; } = 20;
    /// <summary>When set, every gyro axis of both chips starts at exactly this offset, deg/s.</summary>
    public double? GyroOffsetOverrideDps { get; init; }
    /// <summary>Slow random drift of the gyro offset (Ornstein-Uhlenbeck), rms deg/s.</summary>
    public double GyroDriftRmsDps { get; init; } = 0.3;
    public double GyroDriftTimeConstantS { get; init; } = 120;
    /// <summary>Warm-up drift: each axis moves by up to ± this over the first minutes after power-up, deg/s.</summary>
    public double GyroWarmUpDriftLimitDps { get; init; } = 1.0;
    public double GyroWarmUpTimeConstantS { get; init; } = 200;
    /// <summary>Accelerometer zero-g offset limit for x and y, mg (datasheet ±50).</summary>
    public double AccelOffsetLimitXYMilliG { get; init; } = 50;
    /// <summary>Accelerometer zero-g offset limit for z, mg (datasheet ±80).</summary>
    public double AccelOffsetLimitZMilliG { get; init; } = 80;
    /// <summary>Sensitivity scale-factor tolerance, fraction (datasheet ±3 %).</summary>
    public double ScaleErrorLimit { get; init; } = 0.03;
    /// <summary>Cross-axis sensitivity, fraction (datasheet ±2 %).</summary>
    public double CrossAxisLimit { get; init; } = 0.02;
    /// <summary>Accelerometer full scale, g (±2, 4, 8, 16); the driver uses ±4 g.</summary>
    public int AccelRangeG { get; init; } = 4;
    /// <summary>Gyro full scale, deg/s (±250, 500, 1000, 2000); the driver uses ±500 deg/s.</summary>
    public int GyroRangeDps { get; init; } = 500;
    /// <summary>Round to the ADC's 16-bit counts and clip at full scale.</summary>
    public bool Quantise { get; init; } = true;
    /// <summary>Nominal FIFO output rate, Hz.</summary>
    public double OutputRateHz { get; init; } = 100;
    /// <summary>Per-chip sample clock error, uniform within ± this fraction (about ±1 %).</summary>
    public double ClockErrorLimit { get; init; } = 0.01;
    /// <summary>Digital low-pass bandwidth for the accelerometer, Hz (DLPF_CFG = 3: 44 Hz); 0 = off.</summary>
    public double AccelLowPassHz { get; init; } = 44;
    /// <summary>Digital low-pass bandwidth for the gyro, Hz (DLPF_CFG = 3: 42 Hz); 0 = off.</summary>
    public double GyroLowPassHz { get; init; } = 42;

    public static SensorErrorSettings Datasheet => new();

    /// <summary>A perfect sensor: no noise, offsets, scale or cross-axis errors, drift, quantisation, clock error or low-pass.</summary>
    public static SensorErrorSettings Ideal => new()
    {
        AccelNoiseDensityMicroGPerRootHz = 0,
        GyroNoiseDensityDpsPerRootHz = 0,
        GyroOffsetLimitDps = 0,
        GyroDriftRmsDps = 0,
        GyroWarmUpDriftLimitDps = 0,
        AccelOffsetLimitXYMilliG = 0,
        AccelOffsetLimitZMilliG = 0,
        ScaleErrorLimit = 0,
        CrossAxisLimit = 0,
        Quantise = false,
        ClockErrorLimit = 0,
        AccelLowPassHz = 0,
        GyroLowPassHz = 0,
    };

    public double AccelCountsPerG => 32768.0 / AccelRangeG;
    /// <summary>Datasheet sensitivity: 131, 65.5, 32.8 or 16.4 counts per deg/s.</summary>
    public double GyroCountsPerDps => GyroRangeDps switch { 250 => 131, 500 => 65.5, 1000 => 32.8, _ => 16.4 };

    public string? Validate()
    {
        if (AccelRangeG is not (2 or 4 or 8 or 16)) return $"accelerometer range ±{AccelRangeG} g is not one of 2, 4, 8, 16";
        if (GyroRangeDps is not (250 or 500 or 1000 or 2000)) return $"gyro range ±{GyroRangeDps} deg/s is not one of 250, 500, 1000, 2000";
        if (GyroOffsetOverrideDps is { } o && !(Math.Abs(o) <= 250)) return $"gyro offset {o} deg/s is outside ±250 deg/s";
        if (!(OutputRateHz is >= 4 and <= 500)) return $"output rate {OutputRateHz} Hz is outside 4-500 Hz";
        if (!(ClockErrorLimit is >= 0 and <= 0.1)) return $"clock error limit {ClockErrorLimit} is outside 0-0.1";
        if (!(AccelLowPassHz is >= 0 and < 500) || !(GyroLowPassHz is >= 0 and < 500)) return "low-pass bandwidth must be 0-499 Hz";
        return null;
    }
}
