namespace WinkSensor.Simulation.Body;

/// <summary>Ground-truth movement phase written to the gt_phase column.</summary>
public enum TruthPhase
{
    /// <summary>Standing still (calibration, between reps, rests).</summary>
    Standing,
    /// <summary>Squat rep, from the rep start until the hip is within 3 % of the rep's depth of its lowest point.</summary>
    Descent,
    /// <summary>Squat rep, while the hip is within 3 % of the rep's depth of its lowest point (includes any pause).</summary>
    Bottom,
    /// <summary>Squat rep, from leaving the bottom band until the rep ends standing.</summary>
    Ascent,
    /// <summary>Any other activity: walking, stooping to pick something up, sitting down and standing up.</summary>
    Other,
}

public static class TruthPhaseNames
{
    /// <summary>The lower-case name used in the CSV (standing, descent, bottom, ascent, other).</summary>
    public static string ToCsvName(this TruthPhase phase) => phase switch
    {
        TruthPhase.Standing => "standing",
        TruthPhase.Descent => "descent",
        TruthPhase.Bottom => "bottom",
        TruthPhase.Ascent => "ascent",
        _ => "other",
    };
}
