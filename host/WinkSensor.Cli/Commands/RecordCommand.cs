using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using WinkSensor.Cli.Support;
using WinkSensor.Host.Calibration;
using WinkSensor.Host.LiveRecording;
using WinkSensor.Host.Transports;

namespace WinkSensor.Cli.Commands;

/// <summary>
/// `winksensor record [--transport ble|serial|loopback] [--simulate] [--device ADDRESS|--port PATH] [--raw]
/// [--duration S] [--tag key=value ...]`: records a session from a wearable with a live view (flexion now, phase,
/// reps, last wink) and an alert on every wink, until Ctrl+C or the duration.
/// </summary>
internal static class RecordCommand
{
    private static readonly TimeSpan ViewRefresh = TimeSpan.FromMilliseconds(250);

    public static Command Create()
    {
        var wearable = new WearableSelectionOptions("Same as --transport loopback: a simulated lifter on the virtual wearable");
        var raw = new Option<bool>("--raw") { Description = "Also record the raw IMU frames of both sensors" };
        var duration = new Option<double?>("--duration") { Description = "Stop after this many seconds (default: at Ctrl+C)" };
        var tags = new Option<string[]>("--tag")
        {
            Description = $"Condition of the first set, key=value (repeatable; keys: {SetTags.Keys})",
            AllowMultipleArgumentsPerToken = false,
        };
        var command = new Command("record", "Record a session from the wearable with a live view and an alert on every wink");
        wearable.AddTo(command);
        command.Options.Add(raw);
        command.Options.Add(duration);
        command.Options.Add(tags);
        CommandRunner.SetAction(command, context =>
        {
            var parse = context.ParseResult;
            var (transportName, address) = wearable.Read(parse);
            return Run(context, transportName, address, parse.GetValue(raw),
                parse.GetValue(duration), SetTags.Parse(parse.GetValue(tags)));
        });
        return command;
    }

    private static int Run(CommandContext context, string transportName, string? address, bool raw, double? durationSeconds,
        Host.Storage.SetConditions? conditions)
    {
        if (durationSeconds is { } limit && !(limit > 0 && limit <= 24 * 3600))
            throw new UsageException("--duration must be above 0 s and at most 24 h.");
        var store = context.OpenStore();
        try
        {
            return RecordAsync(context, store, transportName, address, raw, durationSeconds, conditions).GetAwaiter().GetResult();
        }
        catch (WearableTransportException problem)
        {
            context.Error.MarkupLine($"[red]error:[/] {Markup.Escape(problem.Message)}");
            return ExitCodes.Usage;
        }
    }

    private static async Task<int> RecordAsync(CommandContext context, Host.Storage.SessionStore store, string transportName,
        string? address, bool raw, double? durationSeconds, Host.Storage.SetConditions? conditions)
    {
        await using var choice = WearableTransportChoice.Create(transportName);
        address ??= await choice.FindOnlyWearableAsync();

        var interactive = context.Error.Profile.Capabilities.Interactive;
        var errorWriter = context.ParseResult.InvocationConfiguration.Error;
        var writeLock = new object();
        await using var desktop = new DesktopNotifier();
        var alerts = new AlertFanOut(new TerminalAlertNotifier(context.Error, errorWriter, writeLock, interactive), desktop);
        var recorder = new WearableRecorder(choice.Transport, address, store, alerts, new WearableRecorderOptions
        {
            RecordRawImu = raw,
            DeviceName = choice.Name == WearableTransportChoice.Loopback ? "WinkSensor (virtual)" : null,
            SetConditions = conditions,
        });

        using var stop = new CancellationTokenSource();
        using (new CtrlCCancels(stop))
        {
            if (durationSeconds is { } seconds) stop.CancelAfter(TimeSpan.FromSeconds(seconds));
            context.Error.MarkupLine($"Recording from [blue]{Markup.Escape(address)}[/] over {choice.Name}; "
                + (durationSeconds is { } d ? string.Create(CultureInfo.InvariantCulture, $"stops after {d:0.#} s") : "Ctrl+C stops"));
            var recording = recorder.RunAsync(stop.Token);
            choice.StartVirtualLifter(seed: 1);
            while (!recording.IsCompleted)
            {
                await Task.WhenAny(recording, Task.Delay(ViewRefresh)).ConfigureAwait(false);
                if (interactive && recorder.LiveView is { } view)
                    lock (writeLock)
                    {
                        errorWriter.Write("\r\u001b[K" + Describe(view));
                        errorWriter.Flush();
                    }
            }
            if (interactive) lock (writeLock) errorWriter.WriteLine();
            var summary = await recording.ConfigureAwait(false);
            var inv = CultureInfo.InvariantCulture;
            var line = string.Format(inv, "Session {0}: {1} reps, {2} wink alarms, {3} live-angle samples",
                summary.SessionId, summary.Reps, summary.Winks.Count, summary.LiveAngleSamples)
                + (raw ? string.Format(inv, ", {0} raw frames", summary.RawFrames) : "")
                + string.Format(inv, ", {0} disconnection(s), {1} event(s) lost; ", summary.Disconnections, summary.LostEvents)
                + (summary.Complete ? "complete." : "[yellow]incomplete[/] (" + Markup.Escape(summary.IncompleteReason ?? "the wearable could not be reached at the stop") + ").");
            context.Out.MarkupLine(line);
            context.Out.MarkupLine($"Review it with: winksensor show {summary.SessionId}");
            if (summary.AccelerometersCalibrated == false) context.Out.MarkupLine($"[yellow]{Markup.Escape(CalibrationReminder.Advice)}[/]");
            return ExitCodes.Success;
        }
    }

    private static string Describe(RecorderLiveView view)
    {
        var flexion = view.FlexionDegrees is { } f ? string.Create(CultureInfo.InvariantCulture, $"{f,6:F1} deg") : "   --   ";
        var wink = view.LastWink is { } w
            ? string.Create(CultureInfo.InvariantCulture, $"last wink: rep {w.RepNumber} at {w.AlarmMilliseconds / 1000.0:F1} s")
            : "no wink yet";
        return string.Create(CultureInfo.InvariantCulture,
            $"{(view.Connected ? "connected" : "RECONNECTING")} | flexion {flexion} | {view.Phase?.ToString() ?? "-",-11} | reps {view.RepCount} | {wink}");
    }
}
