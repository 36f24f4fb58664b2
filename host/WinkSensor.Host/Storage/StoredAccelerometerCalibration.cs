using WinkSensor.Core.Protocol.Messages;
using WinkSensor.Host.Protocol;

namespace WinkSensor.Host.Storage;

/// <summary>One sensor's six-position accelerometer calibration as the wearable reported it (an AccelerometerCalibrated event).</summary>
/// <param name="BootId">With <paramref name="Sequence"/>, the event's identity on that wearable.</param>
/// <param name="OffsetG">Zero-g offset per sensor axis, g.</param>
/// <param name="Scale">Reading per true g per sensor axis.</param>
/// <param name="KeptInFlash">The wearable wrote it to flash: it survives a power cycle.</param>
public sealed record StoredAccelerometerCalibration(
    long Id, DeviceIdentity Device, ushort BootId, uint Sequence, DateTimeOffset Received, ImuSensorPosition Sensor,
    AccelerometerAxes OffsetG, AccelerometerAxes Scale, bool KeptInFlash);
