namespace WinkSensor.Simulation.Recording;

/// <summary>How one simulated sensor was worn and what its fixed errors were.</summary>
public sealed record SensorTruth
{
    public required string Site { get; init; }
    public required bool Present { get; init; }
    /// <summary>The sensor delivers nothing from this time on, s (null = never dropped out).</summary>
    public double? DropoutS { get; init; }
    /// <summary>Sensor axes in pelvis / thorax segment axes at standing (rows of the 3×3 matrix; columns = sensor x, y, z).</summary>
    public required double[][] SensorToSegment { get; init; }
    public required double ClockError { get; init; }
    public required double FirstSampleS { get; init; }
    public required double[] GyroOffsetDps { get; init; }
    public required double[] AccelOffsetG { get; init; }
    public required double[][] AccelSensitivity { get; init; }
    public required double[][] GyroSensitivity { get; init; }
    public required double SoftTissueFrequencyHz { get; init; }
    public required double SoftTissueDampingRatio { get; init; }
}
