namespace WinkSensor.Host.LiveRecording;

/// <summary>Waits between reconnection attempts: doubling from <see cref="First"/> up to <see cref="Longest"/>.</summary>
/// <param name="First">Wait before the first attempt after the link dropped (default 0.2 s).</param>
/// <param name="Longest">Longest wait between attempts (default 5 s).</param>
public sealed record ReconnectBackoff(TimeSpan First, TimeSpan Longest)
{
    public static ReconnectBackoff Default { get; } = new(TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(5));

    /// <summary>The wait before attempt number <paramref name="attempt"/> (0-based).</summary>
    public TimeSpan Delay(int attempt)
    {
        double factor = Math.Pow(2, Math.Min(attempt, 20));
        var delay = TimeSpan.FromTicks((long)Math.Min(First.Ticks * factor, Longest.Ticks));
        return delay < First ? First : delay;
    }
}
