using System.Globalization;
using Spectre.Console;
using WinkSensor.Host.LiveRecording;
using WinkSensor.Host.Protocol;
using WinkSensor.Host.Storage;
using WinkSensor.Simulation.Demo;

namespace WinkSensor.Cli.Support;

/// <summary>Prints what `winksensor demo` did: reps, winks with their times, sets, the disconnect and what was recovered.</summary>
internal sealed class DemoSummaryWriter(IAnsiConsole console)
{
    public void Write(DemoResult result, SessionDetail session, IReadOnlyList<RecorderAlert> alerts, string storePath,
        string reportPath, double speed)
    {
        var recording = result.Recording;
        var pace = speed <= 0 ? "as fast as possible" : Invariant($"at {speed:0.#}x real time");
        Line(Invariant($"[bold]Demo session {recording.SessionId}[/]: {result.Wearable.SimulatedSeconds:F1} s of a simulated lifter played {pace} in {result.Wearable.WallClock.TotalSeconds:F1} s (whole demo {result.WallClock.TotalSeconds:F1} s)."));
        Line("Chain: simulator -> device runtime -> protocol frames -> loopback link (lost notifications, one outage) -> recorder -> SQLite -> report");
        Line(recording.AccelerometersCalibrated == true
            ? "Wearable: accelerometers calibrated once at set-up (the simulated owner's six-position procedure, as `winksensor calibrate` runs it)."
            : "Wearable: accelerometers [yellow]not calibrated[/]: flexion and depth are less accurate (run `winksensor calibrate`).");
        int winkingReps = session.Reps.Count(r => r.Wink);
        Line(Invariant($"Reps: [bold]{session.Reps.Count}[/] in {session.Sets.Count} set(s): ")
            + string.Join("; ", session.Sets.Select(set =>
            {
                var reps = session.Reps.Where(r => r.SetId == set.Id).ToList();
                var depths = reps.Where(r => r.Kinematics.DepthCentimetres is not null).Select(r => r.Kinematics.DepthCentimetres!.Value).ToList();
                string depth = depths.Count > 0 ? Invariant($", depth {depths.Min():0}-{depths.Max():0} cm") : "";
                return Invariant($"set {set.SetNumber}: {reps.Count} reps, {reps.Count(r => r.Wink)} winked{depth}");
            })));
        Line(Invariant($"Winks: [bold]{session.Winks.Count}[/] alarms ({winkingReps} reps flagged), each alerted once ({alerts.Count} alerts):"));
        foreach (var wink in session.Winks)
        {
            bool late = alerts.Any(a => a.Wink is { } w && w.RepNumber == wink.RepNumber && a.Recovered);
            Line(Invariant($"  rep {wink.RepNumber}: alarm at {wink.AlarmMicroseconds * 1e-6:F2} s, onset {wink.OnsetMicroseconds * 1e-6:F2} s, +{wink.MagnitudeDegrees:F1} deg")
                + (late ? " [yellow](its frame was lost in the air or sent during the outage; recovered on request or after the reconnect)[/]" : ""));
        }

        var outage = result.Scenario.Outage;
        Line(Invariant($"Link: out of range from {outage.StartS:F1} s for {outage.DurationS:F1} s of simulated time; {result.NotificationsLostInAir} notifications lost in the air."));
        foreach (var recovery in recording.Recoveries)
            Line(Invariant($"  dropped at {recovery.LostAtDeviceSeconds:F1} s, reconnected after {recovery.Outage.TotalSeconds:F2} s ({recovery.Attempts} attempt(s)); the wearable held {recovery.BacklogEvents} event(s) the host had not got."));
        if (recording.Recovered.Count > 0)
            Line("  recovered after the disconnect or on request: " + string.Join(", ", recording.Recovered.Select(Describe)));
        Line(Invariant($"  resume requests {recording.ResumeRequests} (asked again for {recording.EventsAskedAgain} event(s)), duplicates dropped {recording.DuplicateEvents}, events lost {recording.LostEvents}."));

        // Each rep arrives as two events: the rep, then its depth and speed (stored into the rep's row).
        int measuredReps = session.Reps.Count(r => r.Kinematics.DepthCentimetres is not null
            || r.Kinematics.MeanConcentricVelocityMetresPerSecond is not null);
        int stored = session.CalibrationMicroseconds.Count + session.Reps.Count + measuredReps + session.Winks.Count + session.Faults.Count;
        var verdict = stored == result.WearableEvents && recording.LostEvents == 0
            ? "[green]nothing lost, nothing twice[/]"
            : "[red]MISMATCH[/]";
        Line(Invariant($"The wearable logged {result.WearableEvents} events and counted {result.WearableReps} reps; the store holds {stored} events and {session.Reps.Count} reps: {verdict}. Session complete: {recording.Complete}."));
        Line("Store:  [blue]" + Markup.Escape(storePath) + "[/]");
        Line("Report: [blue]" + Markup.Escape(reportPath) + "[/]");
    }

    private static string Describe(DeviceEvent deviceEvent) => deviceEvent switch
    {
        RepCompletedEvent rep => Invariant($"rep {rep.RepNumber}{(rep.Wink ? " (wink)" : "")}"),
        WinkDetectedEvent wink => Invariant($"wink alarm in rep {wink.RepNumber}"),
        CalibratedEvent => "calibration",
        FaultEvent fault => "fault " + fault.Code,
        RepMetricsEvent metrics => Invariant($"depth of rep {metrics.RepNumber}"),
        ConfigurationChangedEvent => "configuration change",
        _ => "event " + deviceEvent.Sequence,
    };

    private void Line(string markup) => console.MarkupLine(markup);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
