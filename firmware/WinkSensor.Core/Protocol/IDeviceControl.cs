using WinkSensor.Core.Runtime;

namespace WinkSensor.Core.Protocol
{
    /// <summary>What the control handler asks of the device. Each answers false when the device is busy and cannot do it now.</summary>
    public interface IDeviceControl
    {
        /// <summary>Start a new standing calibration (false while a rep is in progress).</summary>
        bool Recalibrate();

        /// <summary>Buzz the pattern so the wearer can tell which device this is.</summary>
        bool Identify(HapticPatternKind pattern);

        /// <summary>Go to sleep after the answer has been sent.</summary>
        bool Sleep();

        /// <summary>Enter (or start over) the six-position accelerometer calibration; the time limit, s, is 0 for the
        /// device's default and already checked against AccelerometerCalibrationProcedure.MaximumTimeLimitSeconds
        /// (false while a rep is in progress).</summary>
        bool StartAccelerometerCalibration(int timeLimitSeconds);

        /// <summary>Leave the six-position accelerometer calibration, keeping the calibrations in use (true also when none runs).</summary>
        bool CancelAccelerometerCalibration();

        /// <summary>Device clock, microseconds since boot.</summary>
        long NowMicroseconds { get; }
    }
}
