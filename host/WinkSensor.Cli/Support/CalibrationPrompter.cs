using System.Globalization;
using WinkSensor.Core.Protocol.Messages;
using WinkSensor.Host.Calibration;
using WinkSensor.Host.Protocol;

namespace WinkSensor.Cli.Support;

/// <summary>
/// Turns the calibration's progress into prompts for the lifter: which face to put each board on next, what was
/// captured, and a one-line status (faces per board, the current hold, time left).
/// </summary>
internal sealed class CalibrationPrompter
{
    private static readonly ImuSensorPosition[] Boards = [ImuSensorPosition.Sacrum, ImuSensorPosition.Thoracolumbar];
    private readonly Dictionary<ImuSensorPosition, byte> capturedMasks = [];
    private bool begun;

    /// <summary>Prompts for what changed since the last call (none when nothing did).</summary>
    public IReadOnlyList<string> NewPrompts(AccelerometerCalibrationProgress progress)
    {
        var prompts = new List<string>();
        if (!begun)
        {
            begun = true;
            prompts.Add("The wearable is ready. First face for both boards: " + CalibrationFaces.Describe(CalibrationFaces.SuggestedOrder[0])
                + ". Let go and wait until the hold reaches 100 %.");
        }
        foreach (var sensor in Boards)
        {
            var board = Board(progress, sensor);
            byte before = capturedMasks.GetValueOrDefault(sensor);
            if (board.FacesCapturedMask == before) continue;
            capturedMasks[sensor] = board.FacesCapturedMask;
            var name = CalibrationFaces.BoardName(sensor);
            foreach (var face in CalibrationFaces.SuggestedOrder.Where(f => board.HasCaptured(f) && (before & (1 << (int)f)) == 0))
                prompts.Add($"{Capitalised(name)}: {CalibrationFaces.Describe(face)} captured ({board.FacesCaptured} of 6).");
            prompts.Add(CalibrationFaces.NextFace(board) is { } next
                ? $"  Next for the {name}: {CalibrationFaces.Describe(next)}."
                : $"  The {name} has all six faces.");
        }
        return prompts;
    }

    /// <summary>One line: faces captured per board, what each rests on now and its hold, time left.</summary>
    public static string StatusLine(AccelerometerCalibrationLiveView view)
    {
        if (!view.Connected) return "RECONNECTING to the wearable...";
        if (view.Progress is not { } progress) return view.Started ? "waiting for the wearable's first report..." : "starting...";
        var boards = Boards.Select(sensor =>
        {
            var board = Board(progress, sensor);
            var now = board.FaceHeld is { } face
                ? $"{CalibrationFaces.Describe(face)} {board.HoldPercent,3}%"
                : "moving or between faces";
            return $"{CalibrationFaces.BoardName(sensor)} {board.FacesCaptured}/6: {now}";
        });
        return string.Join(" | ", boards) + string.Create(CultureInfo.InvariantCulture, $" | {progress.SecondsRemaining} s left");
    }

    /// <summary>One board's result line: offsets in mg and scale errors in %, per sensor axis, and whether it is kept.</summary>
    public static string Result(AccelerometerCalibratedEvent calibration)
    {
        var inv = CultureInfo.InvariantCulture;
        var offset = calibration.OffsetG;
        var scale = calibration.Scale;
        return string.Format(inv, "{0}: offset X {1:+0.0;-0.0} mg, Y {2:+0.0;-0.0} mg, Z {3:+0.0;-0.0} mg; scale X {4:+0.00;-0.00} %, Y {5:+0.00;-0.00} %, Z {6:+0.00;-0.00} %; {7}",
            Capitalised(CalibrationFaces.BoardName(calibration.Sensor)), offset.X * 1000, offset.Y * 1000, offset.Z * 1000,
            (scale.X - 1) * 100, (scale.Y - 1) * 100, (scale.Z - 1) * 100,
            calibration.KeptInFlash ? "kept on the wearable (survives switching it off)." : "in use, but NOT saved on the wearable: it is lost when the wearable is switched off.");
    }

    private static BoardCalibrationProgress Board(AccelerometerCalibrationProgress progress, ImuSensorPosition sensor) =>
        sensor == ImuSensorPosition.Sacrum ? progress.Sacrum : progress.Thoracolumbar;

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
