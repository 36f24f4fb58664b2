using WinkSensor.Core.Protocol;
using WinkSensor.Core.Protocol.Serial;

namespace WinkSensor.Host.Transports.Serial;

/// <summary>
/// The protocol's serial format through the core's own codec: frame bytes + CRC-16/CCITT-FALSE (little-endian),
/// COBS-encoded, then one 0x00 (SerialFrameEncoder/SerialFrameDecoder); channel from the frame type (FrameTypes.ChannelOf).
/// </summary>
public sealed class CobsCrcSerialFraming(int maximumFrameBytes = CobsCrcSerialFraming.DefaultMaximumFrameBytes) : ISerialFraming
{
    public const int DefaultMaximumFrameBytes = SerialFrameDecoder.DefaultMaximumFrameBytes;

    public const byte Delimiter = SerialFrameEncoder.Delimiter;

    public int MaximumFrameBytes { get; } = maximumFrameBytes;

    public byte[] Encode(ReadOnlySpan<byte> frame)
    {
        var input = frame.ToArray();
        var output = new byte[SerialFrameEncoder.MaximumEncodedLength(input.Length)];
        var length = SerialFrameEncoder.Encode(input, 0, input.Length, output, 0);
        return output[..length];
    }

    public ISerialFrameDecoder CreateDecoder() => new Decoder(new SerialFrameDecoder(MaximumFrameBytes));

    public WearableChannel ChannelOf(ReadOnlySpan<byte> frame) =>
        frame.Length < 2 ? WearableChannel.Control : (WearableChannel)FrameTypes.ChannelOf(frame[1]);

    public static ushort Crc16(ReadOnlySpan<byte> data) => Crc16Ccitt.Compute(data.ToArray(), 0, data.Length);

    private sealed class Decoder(SerialFrameDecoder core) : ISerialFrameDecoder
    {
        public int FramesRejected => core.FramesRejected;

        public bool Push(byte value, out byte[] frame)
        {
            var complete = core.Push(value);
            frame = complete ? core.Frame[..core.FrameLength] : [];
            return complete;
        }
    }
}
