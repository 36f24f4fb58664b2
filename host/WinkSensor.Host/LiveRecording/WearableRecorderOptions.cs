using WinkSensor.Host.Storage;

namespace WinkSensor.Host.LiveRecording;

/// <summary>How a <see cref="WearableRecorder"/> records. Defaults follow docs/protocol.md, "Nothing lost".</summary>
public sealed record WearableRecorderOptions
{
    /// <summary>Ask for the raw IMU stream and store its frames.</summary>
    public bool RecordRawImu { get; init; }

    /// <summary>Name stored with the session (e.g. the advertised name); null = unknown.</summary>
    public string? DeviceName { get; init; }

    /// <summary>Conditions of the first set (from --tag); null = none.</summary>
    public SetConditions? SetConditions { get; init; }

    /// <summary>Ask again for missing events when a gap has not closed within this time (default 1 s).</summary>
    public TimeSpan GapResumeDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Read the status this often, so a lost last event is noticed (default 3 s).</summary>
    public TimeSpan StatusPollInterval { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>How often the frame loop looks at gaps and the status poll when no frame arrives (default 100 ms).</summary>
    public TimeSpan HousekeepingInterval { get; init; } = TimeSpan.FromMilliseconds(100);

    public ReconnectBackoff Backoff { get; init; } = ReconnectBackoff.Default;

    /// <summary>On a clean stop, how long to wait for missing events before closing (default 2 s).</summary>
    public TimeSpan FinalSyncTimeout { get; init; } = TimeSpan.FromSeconds(2);

    public RecorderSettings StoreSettings { get; init; } = RecorderSettings.Default;

    internal WearableLinkTiming LinkTiming => new(GapResumeDelay, StatusPollInterval, HousekeepingInterval, Backoff);

    /// <summary>Diagnostic messages (reconnect attempts, skipped notifications); null = dropped.</summary>
    public Action<string>? DebugLog { get; init; }

    /// <summary>
    /// For a virtual wearable played many times faster than real time: gaps and the status are checked as often in
    /// wall-clock terms as a real wearable would need in its own time.
    /// </summary>
    public static WearableRecorderOptions FasterThanRealTime(string deviceName) => new()
    {
        DeviceName = deviceName,
        GapResumeDelay = WearableLinkTiming.FasterThanRealTime.GapResumeDelay,
        StatusPollInterval = WearableLinkTiming.FasterThanRealTime.StatusPollInterval,
        HousekeepingInterval = WearableLinkTiming.FasterThanRealTime.HousekeepingInterval,
        Backoff = WearableLinkTiming.FasterThanRealTime.Backoff,
        FinalSyncTimeout = TimeSpan.FromSeconds(3),
    };
}
