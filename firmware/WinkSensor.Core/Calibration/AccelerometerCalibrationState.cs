namespace WinkSensor.Core.Calibration
{
    /// <summary>
    /// Where the device's six-position accelerometer calibration procedure stands. Values are fixed: they travel in
    /// the AccelerometerCalibrationProgress frame.
    /// </summary>
    public enum AccelerometerCalibrationState : byte
    {
        /// <summary>Not running; squat detection runs normally.</summary>
        Idle = 0,

        /// <summary>Running: collecting still periods on each face of both sensors. Squat detection is paused.</summary>
        Collecting = 1,

        /// <summary>Both sensors solved: the new calibrations are in use (and kept in flash where the device has it).</summary>
        Complete = 2,

        /// <summary>A sensor's solve was implausible (see its SixPositionCalibrationResult); the previous calibrations stay.</summary>
        Failed = 3,

        /// <summary>The host cancelled it; the previous calibrations stay.</summary>
        Cancelled = 4,

        /// <summary>Not every face of both sensors was seen within the time limit; the previous calibrations stay.</summary>
        TimedOut = 5,
    }
}
