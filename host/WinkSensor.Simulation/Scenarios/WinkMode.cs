namespace WinkSensor.Simulation.Scenarios;

public enum WinkMode
{
    /// <summary>The lifter winks in every rep (onset at 80-92 % of the bottom thigh angle).</summary>
    On,
    /// <summary>The lifter never winks.</summary>
    Off,
    /// <summary>Reps alternate deep (winks) and 30° shallower (does not reach the wink hip angle).</summary>
    Mixed,
}
