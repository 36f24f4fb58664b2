using WinkSensor.Host.Storage;

namespace WinkSensor.Host.Coaching;

/// <summary>
/// When the coach prompted a set: the wearable's rep count and the latest device time the host had seen then.
/// </summary>
/// <param name="RepCountAtPrompt">Reps the wearable had counted when the set was prompted.</param>
/// <param name="DeviceMicrosecondsAtPrompt">Latest device time the host had seen at the prompt, µs.</param>
public sealed record SetPrompt(int RepCountAtPrompt, long DeviceMicrosecondsAtPrompt, SetConditions Conditions)
{
    /// <summary>
    /// Where each prompted set begins on the device clock. The rep count decides: the set begins with the first rep
    /// numbered above the count at its prompt. That holds however far the host's view lagged behind the wearable
    /// (a burst of late frames can carry the device time past the next set's first rep). When the rep numbers do not
    /// rise through the session (the wearable restarted) or no such rep exists, the device time at the prompt is used.
    /// </summary>
    public static IReadOnlyList<SetStart> ToSetStarts(IReadOnlyList<SetPrompt> prompts, IReadOnlyList<StoredRep> reps)
    {
        var ordered = reps.OrderBy(r => r.StartMicroseconds).ToList();
        bool numbersRise = ordered.Zip(ordered.Skip(1)).All(pair => pair.Second.RepNumber > pair.First.RepNumber);
        return prompts.Select((prompt, index) =>
        {
            if (index == 0) return new SetStart(long.MinValue, prompt.Conditions);
            var first = numbersRise ? ordered.FirstOrDefault(r => r.RepNumber > prompt.RepCountAtPrompt) : null;
            return new SetStart(first?.StartMicroseconds ?? prompt.DeviceMicrosecondsAtPrompt, prompt.Conditions);
        }).ToList();
    }
}
