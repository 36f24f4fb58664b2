namespace WinkSensor.Host.LiveRecording;

/// <summary>How often a <see cref="WearableLink"/> looks after the wearable. Defaults follow docs/protocol.md, "Nothing lost".</summary>
/// <param name="GapResumeDelay">Ask again for missing events when a gap has not closed within this time (default 1 s).</param>
/// <param name="StatusPollInterval">Read the status this often, so a lost last event is noticed (default 3 s).</param>
/// <param name="HousekeepingInterval">How often the frame loop looks at gaps and the status poll when no frame arrives (default 100 ms).</param>
/// <param name="Backoff">Waits between reconnection attempts.</param>
public sealed record WearableLinkTiming(
    TimeSpan GapResumeDelay, TimeSpan StatusPollInterval, TimeSpan HousekeepingInterval, ReconnectBackoff Backoff)
{
    public static WearableLinkTiming Default { get; } = new(
        TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3), TimeSpan.FromMilliseconds(100), ReconnectBackoff.Default);

    /// <summary>
    /// For a virtual wearable played many times faster than real time: gaps and the status are checked as often in
    /// wall-clock terms as a real wearable would need in its own time.
    /// </summary>
    public static WearableLinkTiming FasterThanRealTime { get; } = new(
        TimeSpan.FromMilliseconds(150), TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(25),
        new ReconnectBackoff(TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(200)));
}
