using WinkSensor.Simulation.Cohort;

namespace WinkSensor.Cli.Support;

/// <summary>The simulated lifters `winksensor coach --simulate KIND` offers.</summary>
internal static class CoachLifterChoice
{
    public const string Stance = "stance", Heels = "heels", Always = "always", Never = "never";

    public static readonly string[] Names = [Stance, Heels, Always, Never];

    public const string Description =
        "Run the test on a simulated lifter instead of the wearable: stance (winks unless the stance is wide), "
        + "heels (winks unless the heels are raised), always (winks in every set), never (does not wink)";

    public static WinkDependence Dependence(string name) => name switch
    {
        Stance => WinkDependence.Stance,
        Heels => WinkDependence.HeelHeight,
        Always => WinkDependence.Always,
        Never => WinkDependence.NonWinker,
        _ => throw new UsageException($"Unknown simulated lifter '{name}': use {string.Join(", ", Names)}."),
    };
}
