namespace WinkSensor.Simulation.Script;

/// <summary>What the simulated person does, in order. The simulator always prepends a standing calibration.</summary>
public sealed record SessionScript(IReadOnlyList<SessionItem> Items)
{
    public static SessionScript Of(params SessionItem[] items) => new(items);

    public int TotalReps => Items.OfType<SquatSet>().Sum(set => set.Reps);

    public string? Validate()
    {
        if (Items.Count == 0) return "the session script is empty";
        foreach (var item in Items)
            if (item.Validate() is { } message) return message;
        return null;
    }
}
