namespace WinkSensor.Host.Transports.Serial;

/// <summary>Settings for <see cref="SerialWearableTransport"/>.</summary>
public sealed class SerialTransportOptions
{
    /// <summary>Line speed in bit/s. Default 115200 (the ESP32's USB-UART default).</summary>
    public int BaudRate { get; init; } = 115200;

    /// <summary>Frame wrapping on the line. Default: the protocol's COBS + CRC-16 format.</summary>
    public ISerialFraming Framing { get; init; } = new CobsCrcSerialFraming();

    /// <summary>
    /// Builds the frame that asks the device to send a channel's current value (the protocol's ReadStatus /
    /// ReadConfiguration command), because a serial line has no GATT read. Null (default): <see
    /// cref="IWearableConnection.ReadAsync"/> fails with a clear message.
    /// </summary>
    public Func<WearableChannel, byte[]>? ReadRequestFrame { get; init; }

    /// <summary>How long a read waits for the device's answer. Default 2 s.</summary>
    public TimeSpan ReadTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How often the connection checks that the port's device node still exists (USB unplug). Default 250 ms.</summary>
    public TimeSpan PortPresenceInterval { get; init; } = TimeSpan.FromMilliseconds(250);
}
