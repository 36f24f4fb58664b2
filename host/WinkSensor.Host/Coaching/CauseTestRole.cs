namespace WinkSensor.Host.Coaching;

/// <summary>Which set of the guided cause test a set is.</summary>
public enum CauseTestRole
{
    /// <summary>The lifter's usual stance, heels flat: the reference the two changes are compared with.</summary>
    UsualStance,
    /// <summary>Feet wider, toes turned out about 30°, knees pushed out over the toes: more room for the thighs at the hip.</summary>
    WideStance,
    /// <summary>Usual stance with the heels on a plate or wedge: less ankle bend needed for the same depth.</summary>
    HeelsRaised,
}
