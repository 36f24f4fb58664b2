namespace WinkSensor.Core.Protocol
{
    /// <summary>Byte 1 of every frame. Values are fixed: they travel in the protocol (docs/protocol.md).</summary>
    public enum FrameType : byte
    {
        // Events (0x01-0x0F): sequence-numbered, kept in the device's event log, resent on request.
        Calibrated = 0x01,
        RepCompleted = 0x02,
        WinkDetected = 0x03,
        Fault = 0x04,
        ConfigurationChanged = 0x05,
        RepMetrics = 0x06,
        AccelerometerCalibrated = 0x07,

        // Streams: never resent; a gap in their counter means frames were dropped.
        LiveAngles = 0x10,
        RawImu = 0x11,

        // State.
        Status = 0x20,
        Configuration = 0x21,
        AccelerometerCalibrationProgress = 0x22,

        // Requests from the host and the device's answers.
        Command = 0x30,
        CommandResult = 0x31,
    }
}
