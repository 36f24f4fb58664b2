namespace WinkSensor.Simulation.Scenarios;

public enum ActivityMode
{
    Squat,
    Walk,
    Stoop,
    Sit,
    /// <summary>A squat set, then walking, stooping to pick something up twice, and sitting down and up.</summary>
    Mixed,
}
