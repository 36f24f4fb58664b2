using WinkSensor.Core.Runtime;

namespace WinkSensor.Host.Protocol;

/// <summary>The device configuration as the host sees it (DeviceConfiguration's fields, in their units).</summary>
public sealed record DeviceSettings(
    double WinkThresholdDegrees, bool BuzzEnabled, HapticPatternKind WinkPattern, int IdleSleepMinutes, int LiveAngleRateHertz);
