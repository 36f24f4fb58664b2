using WinkSensor.Core.Protocol;
using WinkSensor.Core.Protocol.Messages;
using WinkSensor.Core.Runtime;

namespace WinkSensor.Host.Protocol;

// Decoded frames that are not logged events: streams, state and answers (docs/protocol.md).

/// <summary>A decimated live-angle sample; Counter gaps are dropped frames (never resent).</summary>
public sealed record LiveAnglesSample(
    uint Counter, uint TimeMilliseconds, double? FlexionDegrees, double? SacrumTiltDegrees, double? ThoracolumbarTiltDegrees,
    SquatPhase Phase, int RepCount);

/// <summary>One sensor's raw MPU-6050 registers (LSBs, sensor axes) for one sample; pair the two sensors by SampleCounter.</summary>
public sealed record RawImuReading(
    uint SampleCounter, ImuSensorPosition Sensor, short AccelerationX, short AccelerationY, short AccelerationZ,
    short AngularRateX, short AngularRateY, short AngularRateZ);

public sealed record DeviceStatus(
    int BatteryMillivolts, int? BatteryPercent, bool SacrumSensorResponding, bool ThoracolumbarSensorResponding,
    bool PelvisOnly, bool RawStreamActive, CalibrationState Calibration, string FirmwareVersion,
    uint LatestEventSequence, ushort BootId)
{
    /// <summary>The six-position accelerometer calibration is running (squat detection paused).</summary>
    public bool AccelerometerCalibrationRunning { get; init; }

    /// <summary>Both sensors carry a six-position accelerometer calibration (`winksensor calibrate`).</summary>
    public bool AccelerometersCalibrated { get; init; }
}

/// <summary>The device's answer to a command or configuration write (RequestId echoes the request's sequence).</summary>
public sealed record CommandAnswer(
    uint RequestId, byte RequestFrameType, CommandCode Command, ResultCode Result, uint DeviceTimeMilliseconds, uint Detail, ushort BootId);
