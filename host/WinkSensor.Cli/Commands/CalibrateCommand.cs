using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using WinkSensor.Cli.Support;
using WinkSensor.Core.Protocol.Messages;
using WinkSensor.Host.Calibration;
using WinkSensor.Host.Transports;

namespace WinkSensor.Cli.Commands;

/// <summary>
/// `winksensor calibrate [--transport ble|serial|loopback] [--simulate] [--device ADDRESS|--port PATH] [--time-limit S]`:
/// the six-position accelerometer calibration (docs/calibration.md). Prompts the lifter through resting both boards
/// on each face, shows the captured faces and the hold, then the offsets and scales, or why it failed. Ctrl+C cancels.
/// Exit code 0 only when both boards were calibrated.
/// </summary>
internal static class CalibrateCommand
{
    private static readonly TimeSpan ViewRefresh = TimeSpan.FromMilliseconds(250);

    public static Command Create()
    {
        var wearable = new WearableSelectionOptions("Same as --transport loopback: the virtual wearable, whose simulated user follows the prompts");
        var timeLimit = new Option<int?>("--time-limit")
        {
            Description = $"Seconds the whole procedure may take ({MinimumTimeLimitSeconds}-{AccelerometerCalibrationOptions.LongestTimeLimitSeconds}; default {AccelerometerCalibrationOptions.DeviceDefaultTimeLimitSeconds})",
        };
        var command = new Command("calibrate",
            "Calibrate both accelerometers: rest each sensor board still on each of its six faces (once per wearable)");
        wearable.AddTo(command);
        command.Options.Add(timeLimit);
        CommandRunner.SetAction(command, context =>
        {
            var (transportName, address) = wearable.Read(context.ParseResult);
            return Run(context, transportName, address, context.ParseResult.GetValue(timeLimit));
        });
        return command;
    }

    /// <summary>Shortest time limit accepted, s: six faces of 2 s plus turning the boards take about half a minute.</summary>
    private const int MinimumTimeLimitSeconds = 20;

    private static int Run(CommandContext context, string transportName, string? address, int? timeLimitSeconds)
    {
        if (timeLimitSeconds is { } limit && limit is < MinimumTimeLimitSeconds or > AccelerometerCalibrationOptions.LongestTimeLimitSeconds)
            throw new UsageException($"--time-limit must be {MinimumTimeLimitSeconds} to {AccelerometerCalibrationOptions.LongestTimeLimitSeconds} s.");
        var store = context.OpenStore();
        try
        {
            return CalibrateAsync(context, store, transportName, address, timeLimitSeconds ?? 0).GetAwaiter().GetResult();
        }
        catch (WearableTransportException problem)
        {
            context.Error.MarkupLine($"[red]error:[/] {Markup.Escape(problem.Message)}");
            return ExitCodes.Usage;
        }
    }

    private static async Task<int> CalibrateAsync(CommandContext context, Host.Storage.SessionStore store, string transportName,
        string? address, int timeLimitSeconds)
    {
        await using var choice = WearableTransportChoice.Create(transportName);
        address ??= await choice.FindOnlyWearableAsync();
        var session = new AccelerometerCalibrationSession(choice.Transport, address, store, new AccelerometerCalibrationOptions
        {
            TimeLimitSeconds = timeLimitSeconds,
            DeviceName = choice.Name == WearableTransportChoice.Loopback ? "WinkSensor (virtual)" : null,
        });

        var interactive = context.Error.Profile.Capabilities.Interactive;
        var errorWriter = context.ParseResult.InvocationConfiguration.Error;
        WriteIntroduction(context, address, choice.Name);
        var prompter = new CalibrationPrompter();
        using var cancel = new CancellationTokenSource();
        AccelerometerCalibrationOutcome outcome;
        using (new CtrlCCancels(cancel))
        {
            var running = session.RunAsync(cancel.Token);
            choice.StartVirtualCalibrationUser(seed: 1);
            while (!running.IsCompleted)
            {
                await Task.WhenAny(running, Task.Delay(ViewRefresh)).ConfigureAwait(false);
                Show(session.LiveView, prompter, errorWriter, interactive);
            }
            Show(session.LiveView, prompter, errorWriter, interactive);
            if (interactive) errorWriter.WriteLine();
            outcome = await running.ConfigureAwait(false);
        }
        return Report(context, outcome, store.FilePath);
    }

    private static void WriteIntroduction(CommandContext context, string address, string transportName)
    {
        var e = context.Error;
        e.MarkupLine($"Accelerometer calibration of the wearable [blue]{Markup.Escape(address)}[/] over {transportName}.");
        e.WriteLine("1. Take both boards out of the belt and tape:");
        foreach (var sensor in new[] { ImuSensorPosition.Sacrum, ImuSensorPosition.Thoracolumbar })
            e.WriteLine($"   the {CalibrationFaces.BoardName(sensor)}: {CalibrationFaces.BoardPlace(sensor)}.");
        e.WriteLine("2. Lay them on a firm, flat table, side by side; the cable between them may stay plugged in.");
        e.WriteLine("3. Rest each board still on each of its six faces for about 3 seconds, without holding it. Any order works;");
        e.WriteLine("   the prompts below suggest one. Faces are named as the board is worn: skin side against your back,");
        e.WriteLine("   head end towards your head, left and right edges on your left and right.");
        e.WriteLine("Ctrl+C cancels; the wearable then keeps its previous calibration.");
    }

    private static void Show(AccelerometerCalibrationLiveView view, CalibrationPrompter prompter, TextWriter writer, bool interactive)
    {
        var prompts = view.Progress is { } progress ? prompter.NewPrompts(progress) : [];
        if (interactive)
        {
            if (prompts.Count > 0) writer.Write("\r\u001b[K");
            foreach (var prompt in prompts) writer.WriteLine(prompt);
            writer.Write("\r\u001b[K" + CalibrationPrompter.StatusLine(view));
        }
        else
            foreach (var prompt in prompts) writer.WriteLine(prompt);
        writer.Flush();
    }

    private static int Report(CommandContext context, AccelerometerCalibrationOutcome outcome, string storePath)
    {
        if (outcome.Ending == AccelerometerCalibrationEnding.Complete)
        {
            context.Out.WriteLine(outcome.Message);
            foreach (var calibration in outcome.Calibrations) context.Out.WriteLine(CalibrationPrompter.Result(calibration));
            if (outcome.Calibrations.Count > 0)
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Stored {outcome.StoredCalibrations} calibration(s) in {storePath}."));
            context.Out.WriteLine("Put the boards back in the belt and tape as before; the next recording uses the calibration.");
            return ExitCodes.Success;
        }
        context.Error.MarkupLine($"[red]not calibrated:[/] {Markup.Escape(outcome.Message)}");
        if (outcome.Ending is AccelerometerCalibrationEnding.Failed or AccelerometerCalibrationEnding.TimedOut)
            context.Error.WriteLine(CalibrationExplanations.RetryAdvice);
        return outcome.Ending == AccelerometerCalibrationEnding.Cancelled ? ExitCodes.Cancelled : ExitCodes.Failure;
    }
}
