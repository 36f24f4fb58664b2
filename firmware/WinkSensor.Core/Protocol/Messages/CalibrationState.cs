namespace WinkSensor.Core.Protocol.Messages
{
    /// <summary>Calibration state in the Status frame. Values are fixed: they travel in the protocol.</summary>
    public enum CalibrationState : byte
    {
        NotCalibrated = 0,
        Calibrating = 1,
        Calibrated = 2,
        Failed = 3,
    }
}
