using WinkSensor.Core.Calibration;
using WinkSensor.Core.Hardware;
using WinkSensor.Core.Runtime;

namespace WinkSensor.Core.Tests.Signals;

/// <summary>Keeps copies of everything the runtime reports, and the motor's switching, for assertions.</summary>
public sealed class RecordingEventSink : IDeviceEventSink, IHapticMotor
{
    public List<long> CalibratedAt { get; } = [];
    public List<RepRecord> Reps { get; } = [];
    public List<WinkRecord> Winks { get; } = [];
    public List<(FaultCode Code, long Time)> Faults { get; } = [];
    public List<bool> MotorSwitches { get; } = [];
    /// <summary>Copies of each completed six-position calibration: sacrum, thoracolumbar, kept in flash.</summary>
    public List<(long Time, AccelerometerCalibration Sacrum, AccelerometerCalibration Thoracolumbar, bool KeptInFlash)> AccelerometerCalibrations { get; } = [];
    public bool MotorOn { get; private set; }

    public void Calibrated(long timeMicroseconds) => CalibratedAt.Add(timeMicroseconds);

    public void RepCompleted(RepRecord rep)
    {
        var copy = new RepRecord();
        copy.CopyFrom(rep);
        Reps.Add(copy);
    }

    public void WinkDetected(WinkRecord wink)
    {
        var copy = new WinkRecord();
        copy.CopyFrom(wink);
        Winks.Add(copy);
    }

    public void Fault(FaultCode code, long timeMicroseconds) => Faults.Add((code, timeMicroseconds));

    public void AccelerometerCalibrated(long timeMicroseconds, AccelerometerCalibration sacrum, AccelerometerCalibration thoracolumbar,
        bool keptInFlash) =>
        AccelerometerCalibrations.Add((timeMicroseconds, new AccelerometerCalibration(sacrum.OffsetG, sacrum.Scale),
            new AccelerometerCalibration(thoracolumbar.OffsetG, thoracolumbar.Scale), keptInFlash));

    public void Drive(bool on)
    {
        MotorOn = on;
        MotorSwitches.Add(on);
    }
}
