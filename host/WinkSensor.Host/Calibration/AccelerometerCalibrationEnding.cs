namespace WinkSensor.Host.Calibration;

/// <summary>How a host-side accelerometer calibration ended.</summary>
public enum AccelerometerCalibrationEnding
{
    /// <summary>Both sensors calibrated; the new calibrations are in use.</summary>
    Complete,

    /// <summary>The wearable rejected a sensor's solve (moved during a hold, not lying flat, ...); the previous calibrations stay.</summary>
    Failed,

    /// <summary>Not every face of both boards was captured within the time limit.</summary>
    TimedOut,

    /// <summary>The user stopped it (Ctrl+C); the host asked the wearable to cancel.</summary>
    Cancelled,

    /// <summary>The wearable did not start it (firmware without the command, busy, refused).</summary>
    NotStarted,

    /// <summary>The host lost track of the procedure (no end reported in time, the wearable restarted).</summary>
    Unknown,
}
