namespace WinkSensor.Host.Storage;

/// <summary>
/// Decides when a rep begins a new set. The rule: a rep begins a new set when
/// (1) it is the session's first rep (<see cref="SetStartReason.First"/>);
/// (2) the recorder was told to start a new set since the previous rep (<see cref="SetStartReason.Told"/>);
/// (3) more than <see cref="RecorderSettings.SetRestSeconds"/> passed from the previous rep's end to this rep's start,
///     i.e. the wearer stood (or walked about) that long between reps, or the device clock went backwards because the
///     wearable restarted (<see cref="SetStartReason.Rest"/>).
/// Otherwise the rep belongs to the current set.
/// </summary>
public sealed class SetBoundaryRule
{
    private readonly long restMicroseconds;
    private long? previousRepEndMicroseconds;
    private bool told;

    public SetBoundaryRule(double setRestSeconds)
    {
        restMicroseconds = (long)Math.Round(setRestSeconds * 1_000_000);
    }

    /// <summary>The next rep starts a new set whatever the gap.</summary>
    public void StartNewSet() => told = true;

    /// <summary>Null when the rep continues the current set; otherwise why it begins a new one.</summary>
    public SetStartReason? Decide(long repStartMicroseconds, long repEndMicroseconds)
    {
        SetStartReason? reason;
        if (previousRepEndMicroseconds is not { } previousEnd) reason = SetStartReason.First;
        else if (told) reason = SetStartReason.Told;
        else
        {
            var gap = repStartMicroseconds - previousEnd;
            reason = gap > restMicroseconds || gap < 0 ? SetStartReason.Rest : null;
        }
        told = false;
        previousRepEndMicroseconds = repEndMicroseconds;
        return reason;
    }
}
