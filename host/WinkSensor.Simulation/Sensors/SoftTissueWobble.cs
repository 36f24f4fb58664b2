using WinkSensor.Simulation.Numerics;

namespace WinkSensor.Simulation.Sensors;

/// <summary>
/// Displacement of a skin-mounted sensor relative to the bone under it, m, world axes: a damped oscillator
/// d'' + 2ζω d' + ω² d = −coupling × a_bone driven by the bone's acceleration (the mount lags behind, then rings).
/// The board also rocks: rotation vector = (skin normal × d) / rocking radius.
/// </summary>
public sealed class SoftTissueWobble
{
    private readonly double _omega;
    private readonly double _damping;
    private readonly double _rockingRadiusM;
    private readonly bool _enabled;
    private readonly double _coupling;

    public SoftTissueWobble(SoftTissueSettings settings, SimulationRandom random)
    {
        _enabled = settings.Enabled;
        FrequencyHz = random.Uniform(settings.MinFrequencyHz, settings.MaxFrequencyHz);
        DampingRatio = random.Uniform(settings.MinDampingRatio, settings.MaxDampingRatio);
        _omega = 2 * Math.PI * FrequencyHz;
        _damping = 2 * DampingRatio * _omega;
        _rockingRadiusM = settings.RockingRadiusM;
        _coupling = settings.Coupling;
    }

    public double FrequencyHz { get; }
    public double DampingRatio { get; }
    public Vector3d DisplacementM { get; private set; }
    public Vector3d VelocityMPerS { get; private set; }

    /// <summary>Advances one step (semi-implicit Euler) under the bone acceleration, m/s², world axes.</summary>
    public void Step(Vector3d boneAccelerationMPerS2, double stepS)
    {
        if (!_enabled) return;
        Vector3d acceleration = -_coupling * boneAccelerationMPerS2 - VelocityMPerS * _damping - DisplacementM * (_omega * _omega);
        VelocityMPerS += acceleration * stepS;
        DisplacementM += VelocityMPerS * stepS;
    }

    /// <summary>The board's rocking rotation for the current displacement, given the outward skin normal in world axes.</summary>
    public Rotation Rocking(Vector3d skinNormalWorld) =>
        _enabled ? Rotation.FromRotationVector(Vector3d.Cross(skinNormalWorld, DisplacementM) / _rockingRadiusM) : Rotation.Identity;
}
