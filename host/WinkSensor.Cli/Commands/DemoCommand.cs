using System.CommandLine;
using System.Globalization;
using System.Text;
using Spectre.Console;
using WinkSensor.Cli.Support;
using WinkSensor.Host.LiveRecording;
using WinkSensor.Host.Protocol;
using WinkSensor.Host.Reports;
using WinkSensor.Host.Storage;
using WinkSensor.Simulation.Demo;

namespace WinkSensor.Cli.Commands;

/// <summary>
/// `winksensor demo [--seed S] [--speed X] [--out report.html]`: the whole chain without hardware. A simulated lifter
/// (some reps wink) drives the virtual wearable (the real device runtime and protocol), whose frames cross the loopback
/// transport with lost notifications and one radio outage, into the recorder, the session store and an HTML report.
/// </summary>
internal static class DemoCommand
{
    private const double DefaultSpeed = 20;

    public static Command Create()
    {
        var seed = new Option<long>("--seed") { Description = "Seed of the simulated lifter and the radio faults (default 1)", DefaultValueFactory = _ => 1 };
        var speed = new Option<double>("--speed")
        {
            Description = $"Simulated seconds per real second (default {DefaultSpeed}; 1 = real time; 0 = as fast as possible)",
            DefaultValueFactory = _ => DefaultSpeed,
        };
        var output = new Option<string?>("--out", "-o")
        {
            Description = "HTML report to write (default: reports/demo-session-ID.html in the data directory)",
        };
        var command = new Command("demo", "Run the whole chain on a simulated lifter, no hardware: virtual wearable, lossy link, recorder, store, report")
        {
            seed, speed, output,
        };
        CommandRunner.SetAction(command, context => Run(context, context.ParseResult.GetValue(seed),
            context.ParseResult.GetValue(speed), context.ParseResult.GetValue(output)));
        return command;
    }

    private static int Run(CommandContext context, long seed, double speed, string? outputPath)
    {
        if (!(speed >= 0) || double.IsNaN(speed) || speed > 1000)
            throw new UsageException($"--speed {speed.ToString(CultureInfo.InvariantCulture)} is outside 0-1000 (0 = as fast as possible).");
        if (outputPath is not null && Directory.Exists(outputPath))
            throw new UsageException($"{Path.GetFullPath(outputPath)} is a directory; give a file name for the report.");
        var store = context.OpenStore();
        var alerts = new AlertCollector();
        var result = ShowProgress(context.Error, report =>
            DemoRun.RunAsync(store, seed, speed, alerts, report).GetAwaiter().GetResult());

        var archive = new SessionArchive(store);
        var id = result.Recording.SessionId;
        var session = archive.LoadSession(new SessionReference(id))!;
        var path = Path.GetFullPath(outputPath
            ?? Path.Combine(DataDirectory.Resolve(context.DataDirectory), "reports", $"demo-session-{id}.html"));
        var html = SessionReportBuilder.Build(session, archive.ReadLiveAngles(id), archive.ReadTrend(), DateTimeOffset.UtcNow);
        var directory = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        File.WriteAllText(path, html, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

        new DemoSummaryWriter(context.Out).Write(result, session, alerts.Winks, store.FilePath, path, speed);
        return ExitCodes.Success;
    }

    private static DemoResult ShowProgress(IAnsiConsole console, Func<Action<DemoProgress>, DemoResult> work)
    {
        if (!console.Profile.Capabilities.Interactive)
        {
            double nextLine = 0;
            return work(progress =>
            {
                if (progress.SimulatedSeconds < nextLine) return;
                nextLine = progress.SimulatedSeconds + 10;
                console.WriteLine(Describe(progress));
            });
        }
        DemoResult? result = null;
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("Simulated lifter squatting", maxValue: 1);
                result = work(progress =>
                {
                    task.MaxValue = Math.Max(progress.TotalSeconds, 1);
                    task.Value = Math.Min(progress.SimulatedSeconds, task.MaxValue);
                    task.Description = Markup.Escape(Describe(progress));
                });
                task.Value = task.MaxValue;
            });
        return result!;
    }

    private static string Describe(DemoProgress progress)
    {
        var view = progress.Recorder;
        var link = progress.WearableInRange ? (view?.Connected == false ? "reconnecting" : "connected") : "out of range";
        return string.Create(CultureInfo.InvariantCulture,
            $"{progress.SimulatedSeconds,5:F1} of {progress.TotalSeconds:F0} s simulated | reps {view?.RepCount ?? 0} | winks {view?.Winks ?? 0} | link {link}");
    }

    /// <summary>Keeps the wink alerts for the summary (a demo at 20× speed would ring the bell too often).</summary>
    private sealed class AlertCollector : IAlertNotifier
    {
        private readonly List<RecorderAlert> winks = [];

        public IReadOnlyList<RecorderAlert> Winks { get { lock (winks) return winks.ToList(); } }

        public void Notify(RecorderAlert alert)
        {
            if (alert.Kind != AlertKind.Wink) return;
            lock (winks) winks.Add(alert);
        }
    }
}
