namespace WinkSensor.Core.Runtime
{
    /// <summary>
    /// Buzz patterns. Torso skin tells vibration strengths apart poorly, so each message has its own rhythm,
    /// never its own intensity. Values are fixed: they travel in the protocol.
    /// </summary>
    public enum HapticPatternKind : byte
    {
        /// <summary>Wink alarm: one long buzz, felt at once inside the rep.</summary>
        WinkLong = 0,
        /// <summary>Wink alarm, alternative: two short buzzes.</summary>
        WinkDouble = 1,
        /// <summary>Wink alarm, alternative: three quick pulses.</summary>
        WinkTriple = 2,
        /// <summary>Standing calibration done: two short ticks. Not selectable as the wink pattern.</summary>
        Calibrated = 10,
        /// <summary>A fault (sensor lost, calibration failed): long-short-long. Not selectable as the wink pattern.</summary>
        Fault = 11,
        /// <summary>Six-position accelerometer calibration: a face was captured, turn the board onto the next one.
        /// One short buzz. Not selectable as the wink pattern.</summary>
        AccelerometerFaceCaptured = 12,
        /// <summary>Six-position accelerometer calibration complete and in use: short-short-long. (Failed or timed out
        /// plays Fault.) Not selectable as the wink pattern.</summary>
        AccelerometerCalibrationComplete = 13,
    }
}
