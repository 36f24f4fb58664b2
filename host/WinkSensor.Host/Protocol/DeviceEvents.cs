using WinkSensor.Core.Protocol.Messages;
using WinkSensor.Core.Runtime;

namespace WinkSensor.Host.Protocol;

// Decoded event frames (docs/protocol.md, "Events"). Times are the device clock: milliseconds since its boot,
// uint32, wrapping every 49.7 days (DeviceClock unwraps them). Angles in degrees, positive flexion = lumbar rounding;
// null where the device sent "not available".

/// <summary>An event the device logged, with its sequence number (1, 2, 3, ... per device boot).</summary>
public abstract record DeviceEvent(uint Sequence);

/// <summary>The standing calibration finished.</summary>
public sealed record CalibratedEvent(uint Sequence, uint TimeMilliseconds) : DeviceEvent(Sequence);

/// <summary>One completed squat rep. Bottom and end are the start plus offsets the device saturates at 65 535 ms.</summary>
public sealed record RepCompletedEvent(
    uint Sequence, int RepNumber, uint StartMilliseconds, uint BottomMilliseconds, uint EndMilliseconds,
    double? PeakFlexionDegrees, bool Wink, bool PelvisOnly) : DeviceEvent(Sequence);

/// <summary>The wink alarm fired (the device buzzed at AlarmMilliseconds); the wink began at OnsetMilliseconds.</summary>
public sealed record WinkDetectedEvent(
    uint Sequence, int RepNumber, uint AlarmMilliseconds, uint OnsetMilliseconds, double? MagnitudeDegrees) : DeviceEvent(Sequence);

public sealed record FaultEvent(uint Sequence, uint TimeMilliseconds, FaultCode Code) : DeviceEvent(Sequence);

/// <summary>The configuration changed (by a host write) to Settings.</summary>
public sealed record ConfigurationChangedEvent(uint Sequence, uint TimeMilliseconds, DeviceSettings Settings) : DeviceEvent(Sequence);

/// <summary>A rep's depth and concentric velocity and, when it winked, how deep the wink began.</summary>
public sealed record RepMetricsEvent(
    uint Sequence, int RepNumber, double? DepthCentimetres, double? MeanConcentricVelocityMetresPerSecond,
    double? PeakConcentricVelocityMetresPerSecond, double? OnsetDepthCentimetres, double? OnsetFractionOfDepth) : DeviceEvent(Sequence);

/// <summary>
/// One sensor's new six-position accelerometer calibration is in use (docs/calibration.md): corrected g =
/// (raw g − OffsetG) / Scale per sensor axis. KeptInFlash: written to the device's flash, so it survives a power cycle.
/// </summary>
public sealed record AccelerometerCalibratedEvent(
    uint Sequence, ImuSensorPosition Sensor, AccelerometerAxes OffsetG, AccelerometerAxes Scale, bool KeptInFlash) : DeviceEvent(Sequence);

/// <summary>One value per accelerometer axis (X, Y, Z of the MPU-6050).</summary>
public sealed record AccelerometerAxes(double X, double Y, double Z)
{
    /// <summary>The value with the largest magnitude.</summary>
    public double LargestMagnitude => Math.Max(Math.Abs(X), Math.Max(Math.Abs(Y), Math.Abs(Z)));
}
