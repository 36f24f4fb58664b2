namespace WinkSensor.Core.Protocol
{
    /// <summary>
    /// Where encoded frames go: the BLE adapter (notifies the frame on the characteristic of
    /// FrameTypes.ChannelOf(frame type)) or the serial adapter (SerialFramingLink). Frames are copied or sent before
    /// TrySend returns: the caller reuses the buffer.
    /// </summary>
    public interface IFrameLink
    {
        /// <summary>False when the frame was not taken (no host connected or subscribed, stack queue full);
        /// the caller keeps events and tries again later.</summary>
        bool TrySend(byte[] frame, int offset, int length);

        /// <summary>Largest frame the link carries whole, bytes: ATT_MTU - 3 over BLE (20 until the central
        /// negotiates more). Frames longer than this are not sent, never truncated.</summary>
        int MaximumPayloadBytes { get; }
    }
}
