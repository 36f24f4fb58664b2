using WinkSensor.Core.Calibration;
using WinkSensor.Core.Protocol;
using WinkSensor.Host.Protocol;

namespace WinkSensor.Host.Calibration;

/// <summary>Why a calibration did not complete, and what to do, in plain language.</summary>
public static class CalibrationExplanations
{
    /// <summary>Why one board's solve was rejected, or null when it was not.</summary>
    public static string? Why(SixPositionCalibrationResult result) => result switch
    {
        SixPositionCalibrationResult.MissingFace => "not every face was held still long enough",
        SixPositionCalibrationResult.FaceMagnitudeImplausible =>
            "a face did not read 1 g straight down: the board moved during a hold, or was not lying flat on that face",
        SixPositionCalibrationResult.ScaleOutOfRange =>
            "the measured sensitivity is outside what this sensor can have: most likely the board moved or tilted during a hold",
        SixPositionCalibrationResult.OffsetOutOfRange =>
            "the measured zero point is outside what this sensor can have: most likely the board moved or tilted during a hold",
        _ => null,
    };

    public const string RetryAdvice =
        "Try again on a firm table that nobody bumps: rest each board flat on a face without holding it, and keep your "
        + "hands off until the hold reaches 100 %. If the same board fails again, its sensor may be damaged.";

    /// <summary>The wearable's answer to the start command, when it was not Success.</summary>
    public static string StartRefused(ResultCode result, string? firmwareVersion) => result switch
    {
        ResultCode.UnknownCommand =>
            $"This wearable's firmware ({firmwareVersion ?? "unknown version"}) does not have the accelerometer calibration; update the firmware.",
        ResultCode.Busy =>
            "The wearable is busy: it thinks a squat rep is in progress. Take the boards off, lay them still on the table and try again.",
        ResultCode.NotBondedOrNotEncrypted =>
            "The wearable refused the command because the Bluetooth link is not paired: pair it once (bluetoothctl pair ADDRESS) and try again.",
        ResultCode.BadArgument => "The wearable refused the time limit; try a shorter --time-limit.",
        _ => $"The wearable refused to start the calibration ({result}).",
    };

    /// <summary>The message for a procedure the wearable ended, from its last progress report.</summary>
    public static string Ended(AccelerometerCalibrationProgress progress, int timeLimitSeconds)
    {
        switch (progress.State)
        {
            case AccelerometerCalibrationState.Complete:
                return "Calibration complete: both boards are calibrated.";
            case AccelerometerCalibrationState.Cancelled:
                return "Calibration cancelled; the wearable keeps its previous calibrations.";
            case AccelerometerCalibrationState.TimedOut:
                return $"The time limit ({timeLimitSeconds} s) passed before every face of both boards was captured "
                    + $"(hip unit {progress.Sacrum.FacesCaptured} of 6, upper sensor {progress.Thoracolumbar.FacesCaptured} of 6); "
                    + "the wearable keeps its previous calibrations.";
            default:
                var reasons = new List<string>();
                if (Why(progress.Sacrum.Result) is { } sacrum) reasons.Add("hip unit: " + sacrum);
                if (Why(progress.Thoracolumbar.Result) is { } thoracolumbar) reasons.Add("upper sensor: " + thoracolumbar);
                return "Calibration failed (" + (reasons.Count > 0 ? string.Join("; ", reasons) : "the wearable gave no reason")
                    + "); the wearable keeps its previous calibrations.";
        }
    }
}
