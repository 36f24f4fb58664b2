namespace WinkSensor.Host.Transports.Serial;

/// <summary>
/// The protocol's serial format: frame bytes + CRC-16/CCITT-FALSE (little-endian), COBS-encoded, then one 0x00.
/// Channel from the frame type in byte 1: 0x01–0x0F events, 0x10 live angles, 0x11 raw IMU, 0x20 status,
/// 0x21 configuration, anything else control.
/// </summary>
/// <remarks>
/// A host-side copy of WinkSensor.Core.Protocol.Serial.SerialFrameEncoder/SerialFrameDecoder and
/// FrameTypes.ChannelOf (protocol branch, not merged here yet); the tests pin its output to bytes produced by the
/// core encoder. After the merge, replace the bodies with calls to those core types.
/// </remarks>
public sealed class CobsCrcSerialFraming(int maximumFrameBytes = CobsCrcSerialFraming.DefaultMaximumFrameBytes) : ISerialFraming
{
    /// <summary>Matches the core's SerialFrameDecoder.DefaultMaximumFrameBytes.</summary>
    public const int DefaultMaximumFrameBytes = 64;

    public const byte Delimiter = 0x00;

    public int MaximumFrameBytes { get; } = maximumFrameBytes;

    public byte[] Encode(ReadOnlySpan<byte> frame)
    {
        var crc = Crc16(frame);
        var payload = new byte[frame.Length + 2];
        frame.CopyTo(payload);
        payload[^2] = (byte)crc;
        payload[^1] = (byte)(crc >> 8);

        var output = new List<byte>(payload.Length + payload.Length / 254 + 2);
        var codeIndex = output.Count;
        output.Add(0);
        byte code = 1;
        foreach (var value in payload)
        {
            if (value == 0)
            {
                output[codeIndex] = code;
                codeIndex = output.Count;
                output.Add(0);
                code = 1;
                continue;
            }

            output.Add(value);
            if (++code == 0xFF)
            {
                output[codeIndex] = code;
                codeIndex = output.Count;
                output.Add(0);
                code = 1;
            }
        }

        output[codeIndex] = code;
        output.Add(Delimiter);
        return output.ToArray();
    }

    public ISerialFrameDecoder CreateDecoder() => new Decoder(MaximumFrameBytes);

    public WearableChannel ChannelOf(ReadOnlySpan<byte> frame)
    {
        if (frame.Length < 2)
        {
            return WearableChannel.Control;
        }

        return frame[1] switch
        {
            >= 0x01 and <= 0x0F => WearableChannel.Events,
            0x10 => WearableChannel.LiveAngles,
            0x11 => WearableChannel.RawImu,
            0x20 => WearableChannel.Status,
            0x21 => WearableChannel.Configuration,
            _ => WearableChannel.Control,
        };
    }

    /// <summary>CRC-16/CCITT-FALSE: polynomial 0x1021, initial 0xFFFF, no reflection, no final XOR ("123456789" → 0x29B1).</summary>
    public static ushort Crc16(ReadOnlySpan<byte> data)
    {
        var register = 0xFFFF;
        foreach (var value in data)
        {
            register ^= value << 8;
            for (var bit = 0; bit < 8; bit++)
            {
                register = (register & 0x8000) != 0 ? (register << 1) ^ 0x1021 : register << 1;
            }
        }

        return (ushort)register;
    }

    private sealed class Decoder(int maximumFrameBytes) : ISerialFrameDecoder
    {
        private readonly List<byte> encoded = [];
        private bool overflowed;

        public int FramesRejected { get; private set; }

        public bool Push(byte value, out byte[] frame)
        {
            frame = [];
            if (value != Delimiter)
            {
                if (encoded.Count < maximumFrameBytes + 2 + (maximumFrameBytes + 2) / 254 + 1)
                {
                    encoded.Add(value);
                }
                else
                {
                    overflowed = true;
                }

                return false;
            }

            var chunk = encoded.ToArray();
            var tooLong = overflowed;
            encoded.Clear();
            overflowed = false;
            if (chunk.Length == 0)
            {
                return false; // idle line between frames
            }

            var decoded = tooLong ? null : DecodeCobs(chunk);
            if (decoded is null || decoded.Length < 3 || decoded.Length - 2 > maximumFrameBytes
                || Crc16(decoded.AsSpan(0, decoded.Length - 2)) != (ushort)(decoded[^2] | (decoded[^1] << 8)))
            {
                FramesRejected++;
                return false;
            }

            frame = decoded[..^2];
            return true;
        }

        private static byte[]? DecodeCobs(byte[] chunk)
        {
            var output = new List<byte>(chunk.Length);
            var read = 0;
            while (read < chunk.Length)
            {
                int code = chunk[read++];
                if (code == 0 || read + code - 1 > chunk.Length)
                {
                    return null;
                }

                for (var i = 1; i < code; i++)
                {
                    output.Add(chunk[read++]);
                }

                if (code != 0xFF && read < chunk.Length)
                {
                    output.Add(0);
                }
            }

            return output.ToArray();
        }
    }
}
