using WinkSensor.Core.Calibration;
using WinkSensor.Core.Hardware;
using WinkSensor.Core.Runtime;

namespace WinkSensor.Benchmarks;

/// <summary>Event sink and motor that do nothing, so a benchmark measures the device runtime and not its listeners.</summary>
internal sealed class NullDeviceSink : IDeviceEventSink, IHapticMotor
{
    public void Calibrated(long timeMicroseconds) { }
    public void RepCompleted(RepRecord rep) { }
    public void WinkDetected(WinkRecord wink) { }
    public void Fault(FaultCode code, long timeMicroseconds) { }
    public void AccelerometerCalibrated(long timeMicroseconds, AccelerometerCalibration sacrum, AccelerometerCalibration thoracolumbar, bool keptInFlash) { }
    public void Drive(bool on) { }
}
