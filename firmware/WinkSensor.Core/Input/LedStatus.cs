namespace WinkSensor.Core.Input
{
    /// <summary>What the status LED shows (see StatusLedPatterns for the rhythms and firmware/README.md for the wearer).</summary>
    public enum LedStatus : byte
    {
        Off = 0,
        Calibrating = 1,
        Ready = 2,
        Connected = 3,
        LowBattery = 4,
        Fault = 5,
        /// <summary>The six-position accelerometer calibration runs: the boards are off the body, resting on their faces.</summary>
        AccelerometerCalibrating = 6,
    }
}
