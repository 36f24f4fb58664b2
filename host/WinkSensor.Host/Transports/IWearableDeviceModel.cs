namespace WinkSensor.Host.Transports;

/// <summary>
/// The device end of a transport under test: what the virtual wearable (or a test double) does with the host's
/// writes and reads. Shared by the loopback, the fake BlueZ and the serial test device so one model serves all three.
/// Notifications go the other way through the peer's own Notify method.
/// </summary>
public interface IWearableDeviceModel
{
    /// <summary>Handles a control or configuration frame written by the host.</summary>
    DeviceWriteResult HandleWrite(WearableChannel channel, byte[] frame);

    /// <summary>Current value of a readable channel (status, configuration).</summary>
    byte[] Read(WearableChannel channel);
}

/// <summary>The device's answer to a write, in ATT terms so Bluetooth LE and serial report the same thing.</summary>
/// <param name="AttErrorCode">0 when accepted; otherwise an ATT error code, e.g. 0x80–0x9F for application errors
/// (invalid configuration, command not allowed now) or 0x05 insufficient authentication (not paired).</param>
public readonly record struct DeviceWriteResult(byte AttErrorCode)
{
    public static DeviceWriteResult Accepted => new(0);

    /// <summary>ATT "Insufficient Authentication": the link is not paired/encrypted.</summary>
    public static DeviceWriteResult InsufficientAuthentication => new(0x05);

    public static DeviceWriteResult Rejected(byte applicationErrorCode) => new(applicationErrorCode);

    public bool IsAccepted => AttErrorCode == 0;
}
