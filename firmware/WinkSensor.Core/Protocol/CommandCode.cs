namespace WinkSensor.Core.Protocol
{
    /// <summary>Byte 6 of a Command frame. Values are fixed: they travel in the protocol.</summary>
    public enum CommandCode : byte
    {
        /// <summary>Not a command: used in a CommandResult answering a Configuration write.</summary>
        None = 0,
        /// <summary>Start the raw IMU frames (for recording ground truth). Argument unused.</summary>
        StartRawStream = 1,
        StopRawStream = 2,
        /// <summary>Redo the standing calibration. Busy while a rep is in progress.</summary>
        Recalibrate = 3,
        /// <summary>Send again the logged events after the argument's sequence number (0 = from the first), at most
        /// Count of them (0 = all up to the newest already sent). The result's detail is how many of the asked-for
        /// events are no longer held (lost); they are the first ones of the range.</summary>
        ResendEventsAfter = 4,
        /// <summary>Does nothing but answer: the result carries the device clock, for clock synchronisation.</summary>
        SynchroniseClock = 5,
        /// <summary>Buzz so the wearer can tell which device this is. Argument: HapticPatternKind.</summary>
        Identify = 6,
        /// <summary>Go to sleep now (the link drops).</summary>
        Sleep = 7,
        /// <summary>Answer with a Status frame (for the serial link; over BLE, read the Status characteristic).</summary>
        ReadStatus = 8,
        /// <summary>Answer with a Configuration frame (for the serial link; over BLE, read the Configuration characteristic).</summary>
        ReadConfiguration = 9,
        /// <summary>Enter the six-position accelerometer calibration (docs/calibration.md): the wearer takes both sensor
        /// boards off and rests each on its six faces in turn. Squat detection pauses until it ends; AccelerometerCalibrationProgress
        /// frames report each face. Argument: time limit, s (0 = the device's default). Busy while a rep is in progress;
        /// asked again while it runs, it starts over.</summary>
        StartAccelerometerCalibration = 10,
        /// <summary>Leave the six-position calibration without changing the accelerometer calibrations. Success also when none runs.</summary>
        CancelAccelerometerCalibration = 11,
    }
}
