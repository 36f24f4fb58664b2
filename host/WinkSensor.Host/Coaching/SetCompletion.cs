namespace WinkSensor.Host.Coaching;

/// <summary>
/// Decides from the live view when a guided set is over: the reps asked for have been counted since the prompt, or
/// the lifter has stood still for <c>idleSeconds</c> of device time after at least one rep (fewer reps than asked).
/// </summary>
public sealed class SetCompletion(int repsAsked, int repCountAtPrompt, double deviceSecondsAtPrompt, double idleSeconds)
{
    private readonly int repCountAtPrompt = repCountAtPrompt;
    private int lastRepCount = repCountAtPrompt;
    private double lastChangeSeconds = deviceSecondsAtPrompt;

    /// <summary>Reps counted since the prompt.</summary>
    public int RepsDone => lastRepCount - repCountAtPrompt;

    /// <summary>
    /// The rep count at which this set ended and the next begins: the count at the prompt plus the reps asked for when
    /// they were all done (the host's view may already show later reps when it lags the wearable), else the count now.
    /// </summary>
    public int RepCountAtEnd => RepsDone >= repsAsked ? repCountAtPrompt + repsAsked : lastRepCount;

    /// <summary>True once the set is over.</summary>
    /// <param name="repCount">The wearable's rep count now (it only grows within a session).</param>
    /// <param name="deviceSeconds">The latest device time the host has seen, s.</param>
    public bool Update(int repCount, double deviceSeconds)
    {
        if (repCount != lastRepCount)
        {
            lastRepCount = repCount;
            lastChangeSeconds = deviceSeconds;
        }
        return RepsDone >= repsAsked || (RepsDone > 0 && deviceSeconds - lastChangeSeconds >= idleSeconds);
    }
}
