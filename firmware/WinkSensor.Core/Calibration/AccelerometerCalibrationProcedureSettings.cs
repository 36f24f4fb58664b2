namespace WinkSensor.Core.Calibration
{
    /// <summary>Settings of the device's six-position accelerometer calibration procedure (both sensors).</summary>
    public sealed class AccelerometerCalibrationProcedureSettings
    {
        /// <summary>Time limit when the host asks for none (argument 0), s. Default 180.</summary>
        public int DefaultTimeLimitSeconds = 180;

        /// <summary>How each sensor's still periods are found and its solve judged (same for both sensors).</summary>
        public SixPositionCalibrationSettings Faces = new SixPositionCalibrationSettings();
    }
}
