namespace WinkSensor.Simulation.Cohort;

/// <summary>What a cohort athlete's wink depends on.</summary>
public enum WinkDependence
{
    /// <summary>Never winks at the depths squatted.</summary>
    NonWinker,
    /// <summary>Winks whatever the stance or heel height.</summary>
    Always,
    /// <summary>Winks in the reference stance but not with a wide stance and toes out (femurs clear the pelvis).</summary>
    Stance,
    /// <summary>Winks flat-footed but not with raised heels (ankle-limited: heels up, less trunk lean).</summary>
    HeelHeight,
}
