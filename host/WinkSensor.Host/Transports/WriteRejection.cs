namespace WinkSensor.Host.Transports;

/// <summary>Turns a device's ATT error code into the exception every transport throws for a refused write.</summary>
public static class WriteRejection
{
    /// <summary>ATT "Insufficient Authentication".</summary>
    public const byte InsufficientAuthentication = 0x05;

    /// <summary>ATT "Insufficient Encryption".</summary>
    public const byte InsufficientEncryption = 0x0F;

    public static WearableTransportException ToException(WearableChannel channel, byte attErrorCode, string? detail = null)
    {
        if (attErrorCode is InsufficientAuthentication or InsufficientEncryption)
        {
            return new WearableTransportException(TransportFailure.NotPaired,
                "The wearable refused the write because it is not paired with this computer. Pair it first "
                + "(Linux: bluetoothctl pair <address>), then connect again.", detail);
        }

        return new WearableTransportException(TransportFailure.WriteRejected,
            $"The wearable rejected the {channel} frame (device error 0x{attErrorCode:X2}).",
            detail ?? $"ATT error 0x{attErrorCode:X2}");
    }
}
