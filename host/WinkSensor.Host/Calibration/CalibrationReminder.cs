namespace WinkSensor.Host.Calibration;

/// <summary>What the session listings, reports and the recorder say about a wearable whose accelerometers are not calibrated.</summary>
public static class CalibrationReminder
{
    /// <summary>How the session's accelerometers stood when it began; null when not known.</summary>
    public static string? State(bool? accelerometersCalibrated) => accelerometersCalibrated switch
    {
        true => "six-position calibrated",
        false => "not calibrated",
        null => null,
    };

    public const string Advice =
        "The wearable's accelerometers are not calibrated, so flexion and depth are less accurate: run `winksensor calibrate` once (docs/calibration.md).";
}
