namespace WinkSensor.Simulation.Script;

/// <summary>One step of a <see cref="SessionScript"/>: a squat set or another activity.</summary>
public abstract record SessionItem
{
    /// <summary>A clear message when a field is out of range, or null.</summary>
    public abstract string? Validate();
}

/// <summary>Standing still (rest, calibration) for a duration, s.</summary>
public sealed record StandStill(double DurationS) : SessionItem
{
    public override string? Validate() =>
        DurationS is >= 0 and <= 3600 ? null : $"standing duration {DurationS} s is outside 0-3600 s";
}

/// <summary>Walking straight ahead at a speed, m/s, with a 1 s start and stop.</summary>
public sealed record Walk(double DurationS, double SpeedMPerS = 1.3) : SessionItem
{
    public override string? Validate()
    {
        if (!(DurationS is >= 3 and <= 3600)) return $"walking duration {DurationS} s is outside 3-3600 s";
        if (!(SpeedMPerS is >= 0.5 and <= 2.2)) return $"walking speed {SpeedMPerS} m/s is outside 0.5-2.2 m/s";
        return null;
    }
}

/// <summary>Bending down with straight-ish legs to pick something up (stoop), repeated <see cref="Count"/> times.</summary>
public sealed record StoopPickUp(int Count = 1) : SessionItem
{
    public override string? Validate() => Count is >= 1 and <= 100 ? null : $"stoop count {Count} is outside 1-100";
}

/// <summary>Sitting down on a chair, staying seated a moment, and standing up, <see cref="Count"/> times.</summary>
public sealed record SitToStand(int Count = 1) : SessionItem
{
    public override string? Validate() => Count is >= 1 and <= 100 ? null : $"sit-to-stand count {Count} is outside 1-100";
}
