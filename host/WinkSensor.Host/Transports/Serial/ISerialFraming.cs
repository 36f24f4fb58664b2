namespace WinkSensor.Host.Transports.Serial;

/// <summary>
/// How protocol frames are wrapped on the USB serial line, and which channel a frame belongs to. The serial
/// transport is written against this so the wire format lives in one place (the protocol's core framing).
/// </summary>
public interface ISerialFraming
{
    /// <summary>Largest frame (before wrapping) the device's decoder accepts, bytes.</summary>
    int MaximumFrameBytes { get; }

    /// <summary>The bytes to put on the line for one frame, delimiter included.</summary>
    byte[] Encode(ReadOnlySpan<byte> frame);

    /// <summary>A fresh decoder for one receive stream.</summary>
    ISerialFrameDecoder CreateDecoder();

    /// <summary>The channel a device → host frame travels on (what its characteristic would be over Bluetooth LE).</summary>
    WearableChannel ChannelOf(ReadOnlySpan<byte> frame);
}

/// <summary>Finds frames in a byte stream, skipping anything damaged.</summary>
public interface ISerialFrameDecoder
{
    /// <summary>Feeds one received byte; true when it completed a good frame, given in <paramref name="frame"/>.</summary>
    bool Push(byte value, out byte[] frame);

    /// <summary>Damaged or oversized chunks skipped so far.</summary>
    int FramesRejected { get; }
}
