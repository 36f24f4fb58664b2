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
    /// <summary>
    /// Winks flat-footed in the reference stance but not with raised heels (ankle-limited: heels up, less trunk lean).
    /// The wide toes-out stance usually stops it too, since turned-out legs also bring the hips under the bar.
    /// </summary>
    HeelHeight,
}
