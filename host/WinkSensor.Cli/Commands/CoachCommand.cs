using System.CommandLine;
using System.Globalization;
using System.Text;
using Spectre.Console;
using WinkSensor.Cli.Support;
using WinkSensor.Host.Coaching;
using WinkSensor.Host.LiveRecording;
using WinkSensor.Host.Reports;
using WinkSensor.Host.Storage;
using WinkSensor.Host.Transports;
using WinkSensor.Simulation.Scenarios;
using WinkSensor.Simulation.VirtualWearable;

namespace WinkSensor.Cli.Commands;

/// <summary>
/// `winksensor coach [--transport ble|serial] [--device ADDRESS|--port PATH] [--reps N] [--simulate KIND [--seed S]
/// [--speed X]] [--out report.html]`: the guided cause test (docs/coach.md). Prompts three bodyweight sets (usual
/// stance; wide stance, toes out, knees out; heels raised), records them as tagged sets of one session, then says which
/// change moved the wink, with the numbers, and writes the session's report with the comparison chart.
/// </summary>
internal static class CoachCommand
{
    private const double DefaultSpeed = 20;
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(10);

    public static Command Create()
    {
        var transport = new Option<string>("--transport", "-t")
        {
            Description = "ble (Bluetooth LE through BlueZ, default) or serial (USB cable)",
            DefaultValueFactory = _ => WearableTransportChoice.Bluetooth,
        };
        transport.AcceptOnlyFromAmong(WearableTransportChoice.Bluetooth, WearableTransportChoice.Serial);
        var device = new Option<string?>("--device", "-d") { Description = "Bluetooth address (AA:BB:CC:DD:EE:FF); default: the only wearable a scan finds" };
        var port = new Option<string?>("--port") { Description = "Serial port of the wearable (/dev/ttyUSB0, COM3)" };
        var reps = new Option<int>("--reps")
        {
            Description = $"Bodyweight squats per set (default {CauseTestProtocol.DefaultRepsPerSet}, 3-15)",
            DefaultValueFactory = _ => CauseTestProtocol.DefaultRepsPerSet,
        };
        var simulate = new Option<string?>("--simulate") { Description = CoachLifterChoice.Description };
        simulate.AcceptOnlyFromAmong(CoachLifterChoice.Names);
        var seed = new Option<long>("--seed") { Description = "Seed of the simulated lifter (default 1)", DefaultValueFactory = _ => 1 };
        var speed = new Option<double>("--speed")
        {
            Description = $"Simulated seconds per real second (default {DefaultSpeed}; 1 = real time; at most 200)",
            DefaultValueFactory = _ => DefaultSpeed,
        };
        var output = new Option<string?>("--out", "-o") { Description = "HTML report to write (default: reports/coach-session-ID.html in the data directory)" };
        var command = new Command("coach", "Guided cause test: three short sets (usual stance, wide stance toes out, heels raised), then what moved the wink")
        {
            transport, device, port, reps, simulate, seed, speed, output,
        };
        CommandRunner.SetAction(command, context =>
        {
            var parse = context.ParseResult;
            var settings = new CoachSettings(parse.GetValue(reps), parse.GetValue(simulate), parse.GetValue(seed), parse.GetValue(speed));
            return Run(context, settings, parse.GetValue(transport)!, parse.GetValue(port) ?? parse.GetValue(device), parse.GetValue(output));
        });
        return command;
    }

    private sealed record CoachSettings(int Reps, string? SimulatedLifter, long Seed, double Speed);

    private static int Run(CommandContext context, CoachSettings settings, string transportName, string? address, string? outputPath)
    {
        if (settings.Reps is < CauseAnalysis.MinimumRepsPerSet or > 15)
            throw new UsageException($"--reps {settings.Reps} is outside {CauseAnalysis.MinimumRepsPerSet}-15.");
        if (!(settings.Speed is >= 1 and <= 200))
            throw new UsageException($"--speed {settings.Speed.ToString(CultureInfo.InvariantCulture)} is outside 1-200.");
        if (outputPath is not null && Directory.Exists(outputPath))
            throw new UsageException($"{Path.GetFullPath(outputPath)} is a directory; give a file name for the report.");
        var store = context.OpenStore();
        try
        {
            var prompts = new List<SetPrompt>();
            var summary = (settings.SimulatedLifter is { } kind
                ? RunSimulatedAsync(context, store, settings, kind, prompts)
                : RunWearableAsync(context, store, settings, transportName, address, prompts)).GetAwaiter().GetResult();
            return Conclude(context, store, summary, prompts, outputPath);
        }
        catch (WearableTransportException problem)
        {
            context.Error.MarkupLine($"[red]error:[/] {Markup.Escape(problem.Message)}");
            return ExitCodes.Usage;
        }
    }

    private static async Task<RecordingSummary> RunWearableAsync(CommandContext context, SessionStore store, CoachSettings settings,
        string transportName, string? address, List<SetPrompt> prompts)
    {
        await using var choice = WearableTransportChoice.Create(transportName);
        if (address is null && choice.Name == WearableTransportChoice.Serial)
            throw new UsageException("Give the serial port with --port (e.g. /dev/ttyUSB0); `winksensor scan --transport serial` lists ports.");
        address ??= await WearableTransportChoice.FindOnlyWearableAsync(choice.Transport);
        await using var desktop = new DesktopNotifier();
        var alerts = new AlertFanOut(new TerminalAlertNotifier(context.Error, context.ParseResult.InvocationConfiguration.Error, new object(),
            context.Error.Profile.Capabilities.Interactive), desktop);
        var recorder = new WearableRecorder(choice.Transport, address, store, alerts);
        var enter = Console.IsInputRedirected ? null : new EnterKey();
        return await GuideAsync(context, recorder, settings.Reps, idleSeconds: 30, lifter: null, enter,
            $"Connected to {address}. ", prompts);
    }

    private static async Task<RecordingSummary> RunSimulatedAsync(CommandContext context, SessionStore store, CoachSettings settings,
        string kind, List<SetPrompt> prompts)
    {
        var (athlete, script) = CauseTestLifter.Build(CoachLifterChoice.Dependence(kind), settings.Seed, settings.Reps);
        var simulator = new Simulation.Recording.RecordingSimulator(athlete, script, new Simulation.Recording.SimulationSettings { Seed = settings.Seed });
        var wearable = new VirtualWearable(unchecked((ushort)(settings.Seed * 7919 + 1)),
            Simulation.Calibration.DeviceSixPositionCalibration.FlashAfterSetUp(simulator));
        var loopback = new VirtualWearableLoopback(wearable);
        await using var transport = loopback.HostTransport;
        var recorder = new WearableRecorder(transport, loopback.Address, store, new QuietAlerts(),
            WearableRecorderOptions.FasterThanRealTime(loopback.Link.Name));
        using var stopLifter = new CancellationTokenSource();
        Task<VirtualWearableRunResult> StartLifter() => VirtualWearableRunner.RunAsync(wearable, simulator.Samples(),
            new WearablePacing(settings.Speed), loopback, cancellationToken: stopLifter.Token);
        try
        {
            return await GuideAsync(context, recorder, settings.Reps, idleSeconds: 8, StartLifter, enter: null,
                string.Create(CultureInfo.InvariantCulture, $"Simulated lifter '{kind}' on the virtual wearable at {settings.Speed:0.#}x real time. "), prompts);
        }
        finally
        {
            stopLifter.Cancel();
        }
    }

    /// <summary>The guided part: prompt each set, wait until it is done, note the rep count and device time at each prompt.</summary>
    private static async Task<RecordingSummary> GuideAsync(CommandContext context, WearableRecorder recorder, int reps, double idleSeconds,
        Func<Task<VirtualWearableRunResult>>? lifter, EnterKey? enter, string greeting, List<SetPrompt> prompts)
    {
        using var stop = new CancellationTokenSource();
        using var cancel = new CancellationTokenSource();
        var ctrlC = new CtrlCCancels(cancel);
        try
        {
            var recording = recorder.RunAsync(stop.Token);
            while (recorder.LiveView is null && !recording.IsCompleted) await Task.Delay(Poll).ConfigureAwait(false);
            if (recording.IsCompleted) return await recording.ConfigureAwait(false);
            var running = lifter?.Invoke();
            context.Error.WriteLine(greeting + "Three short sets of bodyweight squats; stand still for a moment before each.");
            var steps = CauseTestProtocol.Steps;
            int? previousSetEnd = null;
            for (int i = 0; i < steps.Count && !cancel.IsCancellationRequested && !recording.IsCompleted; i++)
            {
                var view = recorder.LiveView!;
                int repCountAtPrompt = previousSetEnd ?? view.RepCount;
                prompts.Add(new SetPrompt(repCountAtPrompt, (long)Math.Round(view.DeviceTimeSeconds * 1e6), steps[i].Conditions));
                context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Set {i + 1} of {steps.Count}: {steps[i].Instruction}. Do {reps} bodyweight squats")
                    + (enter is null ? "; the coach moves on by itself." : ", then press Enter (or the coach moves on after the last one)."));
                var completion = new SetCompletion(reps, repCountAtPrompt, view.DeviceTimeSeconds, idleSeconds);
                int winksBefore = view.Winks;
                DateTime? lifterFinished = null;
                while (!cancel.IsCancellationRequested && !recording.IsCompleted)
                {
                    await Task.Delay(Poll).ConfigureAwait(false);
                    view = recorder.LiveView!;
                    if (completion.Update(view.RepCount, view.DeviceTimeSeconds)) break;
                    if (enter?.Pressed() == true && completion.RepsDone > 0) break;
                    // The simulated lifter has done everything: give the last frames a moment, then move on.
                    if (running is { IsCompleted: true })
                    {
                        lifterFinished ??= DateTime.UtcNow;
                        if (DateTime.UtcNow - lifterFinished > TimeSpan.FromSeconds(1)) break;
                    }
                }
                view = recorder.LiveView!;
                previousSetEnd = completion.RepCountAtEnd;
                context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  set {i + 1} done: {completion.RepsDone} reps counted, {view.Winks - winksBefore} wink alarm(s)."));
            }
            if (cancel.IsCancellationRequested)
                context.Error.WriteLine("Stopped: the sets recorded so far are kept and compared.");
            else if (running is not null)
                await running.ConfigureAwait(false);
            else if (!cancel.IsCancellationRequested)
                await Task.Delay(TimeSpan.FromSeconds(1)).ConfigureAwait(false); // the last rep's events
            stop.Cancel();
            return await recording.ConfigureAwait(false);
        }
        finally
        {
            ctrlC.Dispose();
            stop.Cancel();
        }
    }

    /// <summary>After the recording: tag the sets, analyse, print the guidance, write the report.</summary>
    private static int Conclude(CommandContext context, SessionStore store, RecordingSummary summary, List<SetPrompt> prompts, string? outputPath)
    {
        var archive = new SessionArchive(store);
        if (prompts.Count > 0)
            archive.GroupRepsIntoSets(summary.SessionId,
                SetPrompt.ToSetStarts(prompts, archive.LoadSession(new SessionReference(summary.SessionId))!.Reps));
        var session = archive.LoadSession(new SessionReference(summary.SessionId))!;
        var inv = CultureInfo.InvariantCulture;
        context.Out.WriteLine(string.Format(inv, "Session {0}: {1} reps in {2} set(s), {3} with a wink; {4} event(s) lost{5}.",
            summary.SessionId, session.Reps.Count, session.Sets.Count, session.Reps.Count(r => r.Wink), summary.LostEvents,
            summary.Complete ? "" : "; the session is incomplete (" + (summary.IncompleteReason ?? "the wearable could not be reached at the stop") + ")"));
        var sets = CauseTestProtocol.SetsOf(session);
        var finding = CauseAnalysis.Analyse(sets ?? []);
        context.Out.WriteLine();
        foreach (var line in CauseGuidance.Lines(finding)) context.Out.WriteLine(line);

        var path = Path.GetFullPath(outputPath
            ?? Path.Combine(DataDirectory.Resolve(context.DataDirectory), "reports", string.Create(inv, $"coach-session-{summary.SessionId}.html")));
        var html = SessionReportBuilder.Build(session, archive.ReadLiveAngles(summary.SessionId), archive.ReadTrend(), DateTimeOffset.UtcNow,
            archive.ReadSetTrend());
        var directory = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        File.WriteAllText(path, html, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        context.Out.WriteLine();
        context.Out.WriteLine("Report with the comparison chart: " + path);
        return ExitCodes.Success;
    }

    /// <summary>The simulated lifter's winks are reported at the end, not rung in the terminal at many times real speed.</summary>
    private sealed class QuietAlerts : IAlertNotifier
    {
        public void Notify(RecorderAlert alert)
        {
        }
    }

    /// <summary>Enter on the terminal, read on a background thread so the coach keeps watching the reps.</summary>
    private sealed class EnterKey
    {
        private Task<string?> read = Task.Run(Console.ReadLine);

        public bool Pressed()
        {
            if (!read.IsCompleted) return false;
            read = Task.Run(Console.ReadLine);
            return true;
        }
    }
}
