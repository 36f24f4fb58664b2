namespace WinkSensor.Simulation.Cohort;

/// <summary>Size and mix of a simulated cohort.</summary>
public sealed record CohortOptions
{
    public int Athletes { get; init; } = 40;
    /// <summary>Sets per athlete, cycling reference stance → wide stance toes out → heels raised.</summary>
    public int SetsPerAthlete { get; init; } = 3;
    public int RepsPerSet { get; init; } = 5;
    /// <summary>Share of athletes who can wink (split evenly over always / stance-dependent / heel-dependent).</summary>
    public double WinkerFraction { get; init; } = 0.5;
    /// <summary>Add walking, stooping to pick something up and sit-to-stand between the sets.</summary>
    public bool IncludeOtherActivities { get; init; } = true;
    public string? Validate()
    {
        if (!(Athletes is >= 1 and <= 10000)) return $"athlete count {Athletes} is outside 1-10000";
        if (!(SetsPerAthlete is >= 1 and <= 20)) return $"sets per athlete {SetsPerAthlete} is outside 1-20";
        if (!(RepsPerSet is >= 1 and <= 30)) return $"reps per set {RepsPerSet} is outside 1-30";
        if (!(WinkerFraction is >= 0 and <= 1)) return $"winker fraction {WinkerFraction} is outside 0-1";
        return null;
    }
}
