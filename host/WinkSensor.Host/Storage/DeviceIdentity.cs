namespace WinkSensor.Host.Storage;

/// <summary>Which wearable a session came from. Any part may be unknown (null), e.g. the simulator has no address.</summary>
public sealed record DeviceIdentity(string? Name, string? Address, string? FirmwareVersion)
{
    public static DeviceIdentity Unknown { get; } = new(null, null, null);
}
