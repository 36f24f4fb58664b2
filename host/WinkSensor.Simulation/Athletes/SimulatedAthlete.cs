namespace WinkSensor.Simulation.Athletes;

/// <summary>
/// One simulated lifter: body size, how the lumbar spine behaves in the descent, where hip flexion runs out (the
/// wink), how stance and heel height move that point, and the habitual tempo. Defaults describe a 1.75 m, 75 kg
/// man who does not wink at a normal depth.
/// </summary>
public sealed record SimulatedAthlete
{
    public string Name { get; init; } = "athlete";
    public Sex Sex { get; init; } = Sex.Male;
    public double HeightM { get; init; } = 1.75;
    public double BodyMassKg { get; init; } = 75;

    /// <summary>
    /// Hip flexion (thigh angle from vertical + anterior pelvic tilt, both relative to standing), deg, at which hip
    /// flexion runs out and the pelvis starts tilting posteriorly, for the reference stance (feet shoulder width,
    /// toes out 15°, heels flat). <see cref="double.PositiveInfinity"/> = never winks.
    /// </summary>
    public double WinkHipFlexionDeg { get; init; } = double.PositiveInfinity;

    /// <summary>
    /// How much a wider stance with toes turned out raises the wink hip angle: degrees of threshold per degree of
    /// <see cref="Script.SquatStance.HipClearanceDeg"/>. 0 = stance makes no difference; 1 = a 1.5× shoulder-width stance
    /// with toes out 30° adds ≈ 17.5°.
    /// </summary>
    public double StanceSensitivity { get; init; }

    /// <summary>Ankle dorsiflexion used at the bottom of a flat-heeled squat (shank lean from vertical), deg.</summary>
    public double AnkleDorsiflexionDeg { get; init; } = 35;

    /// <summary>
    /// How much raising the heels helps this lifter's ankles: extra shank lean = sensitivity × 1.5° per cm of heel
    /// raise, and the normal descent rounding drops 4 % per cm × sensitivity. 0 = heel height makes no difference.
    /// </summary>
    public double AnkleSensitivity { get; init; }

    /// <summary>Lumbar flexion the wink adds at its peak, deg (the pelvis tilts posteriorly by this / 0.85).</summary>
    public double WinkMagnitudeDeg { get; init; } = 15;

    /// <summary>How long the wink takes to rise from onset to its peak, s.</summary>
    public double WinkRiseS { get; init; } = 0.35;

    /// <summary>Multiplies the sex- and load-based normal descent flexion (individual variation), 1 = typical.</summary>
    public double DescentFlexionScale { get; init; } = 1;

    /// <summary>Multiplies the trunk lean needed for balance (individual variation), 1 = typical.</summary>
    public double TrunkLeanScale { get; init; } = 1;

    /// <summary>Habitual rep duration, descent plus ascent without any bottom pause, s (published range 1.1-4.6 s).</summary>
    public double RepDurationS { get; init; } = 2.6;

    /// <summary>Habitual pause at the bottom, s (0 = bounce straight out).</summary>
    public double BottomPauseS { get; init; }

    /// <summary>Habitual standing pause between reps, s.</summary>
    public double RestBetweenRepsS { get; init; } = 1.0;

    public bool CanWink => !double.IsPositiveInfinity(WinkHipFlexionDeg);

    /// <summary>
    /// Normal (non-wink) lumbar flexion reached at the bottom of a parallel squat, deg. Scaled from the published
    /// ranges: ≈ 26° for men and ≈ 13° for women with +50 % body weight on the shoulders (McKean 2010); less without
    /// load; heavier loads hold the spine in more extension (Walsh 2007: 24.7° at 40 % 1RM, 6.8° at 80 % 1RM), down
    /// to net extension for very heavy loads. Raised heels reduce it for ankle-limited lifters.
    /// </summary>
    public double NormalDescentFlexionDeg(double loadKg, double heelRaiseCm)
    {
        double atHalfBodyWeight = Sex == Sex.Male ? 26 : 13;
        double relativeLoad = Math.Max(0, loadKg) / BodyMassKg;
        double loadFactor = relativeLoad <= 0.5
            ? 0.5 + relativeLoad
            : relativeLoad <= 1.5
                ? 1.0 - 0.75 * (relativeLoad - 0.5)
                : Math.Max(-0.5, 0.25 - 0.5 * (relativeLoad - 1.5));
        double heelFactor = Math.Clamp(1 - 0.04 * heelRaiseCm * AnkleSensitivity, 0.6, 1);
        return atHalfBodyWeight * loadFactor * heelFactor * DescentFlexionScale;
    }

    /// <summary>A clear message for the first field out of its plausible range, or null when the profile is usable.</summary>
    public string? Validate()
    {
        if (!(HeightM is >= 1.3 and <= 2.2)) return $"athlete height {HeightM} m is outside 1.3-2.2 m";
        if (!(BodyMassKg is >= 35 and <= 200)) return $"athlete body mass {BodyMassKg} kg is outside 35-200 kg";
        if (!(RepDurationS is >= 0.8 and <= 8)) return $"rep duration {RepDurationS} s is outside 0.8-8 s";
        if (!(BottomPauseS is >= 0 and <= 5)) return $"bottom pause {BottomPauseS} s is outside 0-5 s";
        if (!(RestBetweenRepsS is >= 0 and <= 30)) return $"rest between reps {RestBetweenRepsS} s is outside 0-30 s";
        if (!(WinkMagnitudeDeg is >= 0 and <= 45)) return $"wink magnitude {WinkMagnitudeDeg}° is outside 0-45°";
        if (!(WinkRiseS is >= 0.05 and <= 2)) return $"wink rise time {WinkRiseS} s is outside 0.05-2 s";
        if (!(AnkleDorsiflexionDeg is >= 5 and <= 50)) return $"ankle dorsiflexion {AnkleDorsiflexionDeg}° is outside 5-50°";
        if (double.IsNaN(WinkHipFlexionDeg)) return "wink hip flexion angle is not a number";
        return null;
    }
}
