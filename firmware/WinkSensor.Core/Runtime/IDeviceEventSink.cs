using WinkSensor.Core.Calibration;

namespace WinkSensor.Core.Runtime
{
    /// <summary>
    /// Where the device runtime reports what happened. On the device: the protocol encoder and BLE/serial link;
    /// in replay: the samples/events writers. Records passed in are reused: copy what you keep.
    /// </summary>
    public interface IDeviceEventSink
    {
        /// <summary>The standing calibration finished (both segments' up directions fixed).</summary>
        void Calibrated(long timeMicroseconds);

        void RepCompleted(RepRecord rep);

        /// <summary>The causal alarm fired: the motor is buzzing now.</summary>
        void WinkDetected(WinkRecord wink);

        void Fault(FaultCode code, long timeMicroseconds);

        /// <summary>The six-position accelerometer calibration completed: both sensors' new calibrations are in use
        /// (the objects are the runtime's own: copy what you keep). keptInFlash: written to the calibration store.</summary>
        void AccelerometerCalibrated(long timeMicroseconds, AccelerometerCalibration sacrum, AccelerometerCalibration thoracolumbar,
            bool keptInFlash);
    }
}
