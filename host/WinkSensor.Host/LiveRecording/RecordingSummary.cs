using WinkSensor.Host.Protocol;

namespace WinkSensor.Host.LiveRecording;

/// <summary>One time the link dropped and came back.</summary>
/// <param name="LostAtDeviceSeconds">Latest device time the host had seen when the link dropped, s.</param>
/// <param name="Outage">Host time from the drop until the new connection was up.</param>
/// <param name="Attempts">Connection attempts it took.</param>
/// <param name="BacklogEvents">Events the wearable had logged that the host did not hold when it came back
/// (from the status read right after reconnecting).</param>
public sealed record LinkRecovery(double LostAtDeviceSeconds, TimeSpan Outage, int Attempts, uint BacklogEvents);

/// <summary>What one recording did: counts from the host's side.</summary>
/// <param name="Complete">At the stop the host held every event up to the head sequence the wearable reported after
/// the stop, and the session was marked complete; false when that could not be reached within the recorder's
/// FinalSyncTimeout (<see cref="IncompleteReason"/> says why), so the session stays incomplete.</param>
/// <param name="Recovered">Events that reached the host only after a reconnect or a resume request, in order.</param>
/// <param name="EventsAskedAgain">Events the host asked the wearable to send again (lost notifications and backlog).</param>
/// <param name="DuplicateEvents">Event frames that arrived more than once (dropped, never stored twice).</param>
/// <param name="LostEvents">Events the wearable no longer held when asked for them.</param>
/// <param name="LiveAngleFramesMissed">Live-angle frames that never arrived (counter gaps; never resent).</param>
public sealed record RecordingSummary(
    long SessionId,
    bool Complete,
    int Events,
    int Reps,
    IReadOnlyList<WinkDetectedEvent> Winks,
    int Faults,
    int LiveAngleSamples,
    int LiveAngleFramesMissed,
    int RawFrames,
    IReadOnlyList<LinkRecovery> Recoveries,
    IReadOnlyList<DeviceEvent> Recovered,
    int Disconnections,
    int ResumeRequests,
    int EventsAskedAgain,
    int DuplicateEvents,
    uint LostEvents)
{
    /// <summary>Why the session is incomplete (what is missing); null when complete.</summary>
    public string? IncompleteReason { get; init; }

    /// <summary>The wearable's status at the start said both accelerometers carry a six-position calibration; null = not known.</summary>
    public bool? AccelerometersCalibrated { get; init; }
}
