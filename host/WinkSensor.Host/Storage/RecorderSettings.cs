namespace WinkSensor.Host.Storage;

/// <summary>How a <see cref="SessionRecorder"/> commits and splits sets.</summary>
public sealed record RecorderSettings
{
    /// <summary>Largest allowed <see cref="CommitInterval"/>: a killed recorder may lose at most this much.</summary>
    public static readonly TimeSpan MaximumCommitInterval = TimeSpan.FromSeconds(1);

    /// <summary>Pending data is committed at least this often (default 0.5 s, at most 1 s).</summary>
    public TimeSpan CommitInterval { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Seconds between one rep's end and the next rep's start above which the next rep begins a new set
    /// (default 20 s: longer than any pause between reps of one set, shorter than a rest between sets).</summary>
    public double SetRestSeconds { get; init; } = 20;

    /// <summary>Wall clock for the session's start and end times (tests pass a fixed one).</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    public static RecorderSettings Default { get; } = new();

    internal void Validate()
    {
        if (CommitInterval <= TimeSpan.Zero || CommitInterval > MaximumCommitInterval)
            throw new ArgumentOutOfRangeException(nameof(CommitInterval), CommitInterval,
                $"The commit interval must be above 0 and at most {MaximumCommitInterval.TotalSeconds} s.");
        if (!(SetRestSeconds > 0))
            throw new ArgumentOutOfRangeException(nameof(SetRestSeconds), SetRestSeconds, "The set rest time must be above 0 s.");
    }
}
