using WinkSensor.Host.LiveRecording;

namespace WinkSensor.Host.Calibration;

/// <summary>How an <see cref="AccelerometerCalibrationSession"/> runs.</summary>
public sealed record AccelerometerCalibrationOptions
{
    /// <summary>The device's own default time limit, s (docs/protocol.md, command 10 with argument 0).</summary>
    public const int DeviceDefaultTimeLimitSeconds = 180;

    /// <summary>Longest time limit the host asks for, s.</summary>
    public const int LongestTimeLimitSeconds = 600;

    /// <summary>The procedure's time limit, s (1..600); 0 = the device's default, 180 s.</summary>
    public int TimeLimitSeconds { get; init; }

    /// <summary>Name stored with the calibrations (e.g. the advertised name); null = unknown.</summary>
    public string? DeviceName { get; init; }

    public WearableLinkTiming LinkTiming { get; init; } = WearableLinkTiming.Default;

    /// <summary>How long to wait for the wearable to answer a command before asking again (default 2 s).</summary>
    public TimeSpan AnswerTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How long to keep asking while the wearable answers Busy (a rep in progress; default 10 s).</summary>
    public TimeSpan BusyRetryTime { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long past the time limit the host waits for the wearable to report the end (default 15 s).</summary>
    public TimeSpan EndMargin { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>After the end, how long to collect the calibration events still missing (default 5 s).</summary>
    public TimeSpan FinalSyncTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Diagnostic messages (reconnect attempts, resume requests); null = dropped.</summary>
    public Action<string>? DebugLog { get; init; }

    /// <summary>The time limit the device applies, s.</summary>
    public int EffectiveTimeLimitSeconds => TimeLimitSeconds == 0 ? DeviceDefaultTimeLimitSeconds : TimeLimitSeconds;
}
