namespace WinkSensor.Core.Runtime
{
    /// <summary>Faults the device reports. Values are fixed: they travel in the protocol.</summary>
    public enum FaultCode : byte
    {
        None = 0,
        SacrumSensorLost = 1,
        ThoracolumbarSensorLost = 2,
        SacrumSensorRecovered = 3,
        ThoracolumbarSensorRecovered = 4,
        SensorFifoOverflow = 5,
        CalibrationFailed = 6,
        MainLoopStalled = 7,
        BatteryLow = 8,
    }
}
