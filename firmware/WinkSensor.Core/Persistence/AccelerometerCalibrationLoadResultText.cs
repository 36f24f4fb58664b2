namespace WinkSensor.Core.Persistence
{
    /// <summary>Plain-language reason for an accelerometer calibration load result (Enum.ToString gives only the number on the device).</summary>
    public static class AccelerometerCalibrationLoadResultText
    {
        public static string Describe(AccelerometerCalibrationLoadResult result)
        {
            switch (result)
            {
                case AccelerometerCalibrationLoadResult.Loaded: return "accelerometer calibrations loaded from flash";
                case AccelerometerCalibrationLoadResult.Missing: return "no accelerometer calibration stored yet, accelerometers uncorrected";
                case AccelerometerCalibrationLoadResult.Corrupt: return "stored accelerometer calibration is damaged, accelerometers uncorrected";
                case AccelerometerCalibrationLoadResult.UnknownVersion: return "stored accelerometer calibration has an unknown format version, accelerometers uncorrected";
                case AccelerometerCalibrationLoadResult.OutOfRange: return "stored accelerometer calibration is out of range, accelerometers uncorrected";
                case AccelerometerCalibrationLoadResult.StorageUnreadable: return "accelerometer calibration storage could not be read, accelerometers uncorrected";
                default: return "unknown accelerometer calibration load result, accelerometers uncorrected";
            }
        }
    }
}
