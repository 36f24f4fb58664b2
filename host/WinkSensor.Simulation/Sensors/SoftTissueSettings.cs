namespace WinkSensor.Simulation.Sensors;

/// <summary>
/// Soft-tissue wobble: the sensor rides on skin and fat, a damped spring of a few Hz driven by the bone's
/// acceleration, so fast starts, stops and heel strikes leave a short ringing in both the accelerometer and the gyro.
/// </summary>
public sealed record SoftTissueSettings
{
    public bool Enabled { get; init; } = true;
    /// <summary>Natural frequency range the per-sensor value is drawn from, Hz.</summary>
    public double MinFrequencyHz { get; init; } = 4;
    public double MaxFrequencyHz { get; init; } = 8;
    /// <summary>Damping ratio range (0.15-0.3: a few visible cycles).</summary>
    public double MinDampingRatio { get; init; } = 0.15;
    public double MaxDampingRatio { get; init; } = 0.3;
    /// <summary>
    /// Rocking radius, m: a sideways skin displacement d tilts the board by d / radius (≈ 0.3° per mm at 20 cm).
    /// </summary>
    public double RockingRadiusM { get; init; } = 0.2;
    /// <summary>Share of the bone acceleration that drives the wobble (how loosely the board couples to the bone).</summary>
    public double Coupling { get; init; } = 0.5;

    public static SoftTissueSettings Off => new() { Enabled = false };
}
