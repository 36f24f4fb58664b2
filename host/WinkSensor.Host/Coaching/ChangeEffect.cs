namespace WinkSensor.Host.Coaching;

/// <summary>What one change (wide stance, or heels raised) did to the wink compared with the usual stance.</summary>
public enum ChangeEffectKind
{
    /// <summary>No difference larger than the rep-to-rep scatter.</summary>
    NoClearChange,
    /// <summary>No rep winked any more (and the drop is beyond the scatter).</summary>
    Removed,
    /// <summary>Fewer or smaller winks: the wink rise per rep fell beyond the scatter.</summary>
    Reduced,
    /// <summary>The wink still came but began deeper in the squat (onset depth measured in both sets).</summary>
    MovedDeeper,
    /// <summary>More or larger winks, or an onset higher up in the squat.</summary>
    Worse,
}

/// <summary>A change's effect with the numbers behind it (change minus usual stance).</summary>
/// <param name="WinkRiseChangeDegrees">Wink rise per rep in the changed set minus the usual stance, deg.</param>
/// <param name="OnsetDepthFractionChange">Onset depth fraction, changed minus usual (positive = deeper); null when
/// either set lacks measured onset depths.</param>
/// <param name="OnsetDepthCentimetresChange">Onset depth, changed minus usual, cm (positive = deeper); null when
/// not measured in both.</param>
public sealed record ChangeEffect(
    CauseTestRole Change,
    ChangeEffectKind Kind,
    double WinkRiseChangeDegrees,
    double? OnsetDepthFractionChange,
    double? OnsetDepthCentimetresChange)
{
    public bool Helped => Kind is ChangeEffectKind.Removed or ChangeEffectKind.Reduced or ChangeEffectKind.MovedDeeper;
}
