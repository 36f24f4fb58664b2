using WinkSensor.Host.Coaching;
using WinkSensor.Host.Storage;

namespace WinkSensor.Host.Tests.Coaching;

/// <summary>Where prompted sets begin: by the rep count at the prompt, by device time when rep numbers are unusable.</summary>
public sealed class SetPromptTests
{
    private static readonly SetConditions A = new(Note: "a"), B = new(Note: "b"), C = new(Note: "c");

    /// <summary>Reps 4 s apart from 10 s; rep numbers as given.</summary>
    private static List<StoredRep> Reps(params int[] numbers) => numbers.Select((number, i) => new StoredRep(i + 1, 1, 1, number,
        10_000_000 + i * 4_000_000L, 11_000_000 + i * 4_000_000L, 12_000_000 + i * 4_000_000L, 20, false, false, new RepKinematics())).ToList();

    [Fact]
    public void A_set_begins_at_the_first_rep_counted_after_its_prompt_even_when_the_prompt_time_came_late()
    {
        // The host saw rep 3 complete only once the device clock was already past rep 4's start (26 s > 22 s).
        var prompts = new[] { new SetPrompt(0, 0, A), new SetPrompt(3, 26_000_000, B), new SetPrompt(5, 31_000_000, C) };

        var starts = SetPrompt.ToSetStarts(prompts, Reps(1, 2, 3, 4, 5, 6, 7));

        Assert.Equal([long.MinValue, 22_000_000, 30_000_000], starts.Select(s => s.StartMicroseconds));
        Assert.Equal([A, B, C], starts.Select(s => s.Conditions));
    }

    [Fact]
    public void Falls_back_to_the_prompt_time_when_the_wearable_restarted_or_no_rep_followed()
    {
        var restarted = SetPrompt.ToSetStarts([new SetPrompt(0, 0, A), new SetPrompt(2, 17_000_000, B)], Reps(1, 2, 1, 2));
        var nothingAfter = SetPrompt.ToSetStarts([new SetPrompt(0, 0, A), new SetPrompt(4, 25_000_000, B)], Reps(1, 2, 3, 4));

        Assert.Equal(17_000_000, restarted[1].StartMicroseconds);
        Assert.Equal(25_000_000, nothingAfter[1].StartMicroseconds);
    }
}
