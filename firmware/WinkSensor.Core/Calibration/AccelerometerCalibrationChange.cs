namespace WinkSensor.Core.Calibration
{
    /// <summary>What one sample changed in the six-position calibration procedure (the wearer feels each).</summary>
    public enum AccelerometerCalibrationChange
    {
        None = 0,

        /// <summary>A face of either sensor was captured for the first time; the procedure goes on.</summary>
        FaceCaptured = 1,

        /// <summary>The procedure ended with this sample: Complete, Failed or TimedOut (see its State).</summary>
        Ended = 2,
    }
}
