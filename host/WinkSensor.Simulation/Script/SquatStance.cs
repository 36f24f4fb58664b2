namespace WinkSensor.Simulation.Script;

/// <summary>Foot placement for a squat set.</summary>
public sealed record SquatStance
{
    /// <summary>Distance between the heels / shoulder width; 1 = shoulder width.</summary>
    public double WidthRatio { get; init; } = 1.0;

    /// <summary>Toes turned out from straight ahead, deg; the knees track over the toes.</summary>
    public double ToeOutDeg { get; init; } = 15;

    /// <summary>Heel raise (squat shoes, a plate under the heels), cm.</summary>
    public double HeelRaiseCm { get; init; }

    /// <summary>
    /// How much more room the femurs get past the pelvis compared with the reference stance (shoulder width, toes
    /// out 15°), deg: 20° per unit of width ratio plus 0.5° per degree of extra toe-out. A lifter's wink hip angle
    /// rises by this times <see cref="Athletes.SimulatedAthlete.StanceSensitivity"/>.
    /// </summary>
    public double HipClearanceDeg => 20 * (WidthRatio - 1) + 0.5 * (ToeOutDeg - 15);

    public static SquatStance Reference => new();

    /// <summary>1.5× shoulder width, toes out 30°.</summary>
    public static SquatStance WideToesOut => new() { WidthRatio = 1.5, ToeOutDeg = 30 };

    /// <summary>Reference stance on 2.5 cm heel wedges.</summary>
    public static SquatStance HeelsRaised => new() { HeelRaiseCm = 2.5 };

    public string? Validate()
    {
        if (!(WidthRatio is >= 0.5 and <= 2.5)) return $"stance width ratio {WidthRatio} is outside 0.5-2.5";
        if (!(ToeOutDeg is >= -10 and <= 60)) return $"toe-out angle {ToeOutDeg}° is outside -10-60°";
        if (!(HeelRaiseCm is >= 0 and <= 8)) return $"heel raise {HeelRaiseCm} cm is outside 0-8 cm";
        return null;
    }
}
