namespace WinkSensor.Core.Protocol.Serial
{
    /// <summary>
    /// Wraps a frame for the USB serial link: frame bytes, then its CRC-16/CCITT-FALSE (little-endian), COBS-encoded
    /// (Consistent Overhead Byte Stuffing: no 0x00 inside), then one 0x00 delimiter. Works in place on the caller's
    /// output buffer; no allocation.
    /// </summary>
    public static class SerialFrameEncoder
    {
        public const byte Delimiter = 0x00;
        public const int CrcBytes = 2;

        /// <summary>Largest encoded size of a frame of frameLength bytes, delimiter included.</summary>
        public static int MaximumEncodedLength(int frameLength)
        {
            int payload = frameLength + CrcBytes;
            return payload + payload / 254 + 1 + 1;
        }

        /// <summary>Writes the encoded frame at output[outputOffset]; answers the bytes written, 0 when it does not fit or the input is bad.</summary>
        public static int Encode(byte[] frame, int offset, int length, byte[] output, int outputOffset)
        {
            if (frame == null || output == null || offset < 0 || length < 0 || offset > frame.Length - length) return 0;
            if (outputOffset < 0 || outputOffset > output.Length - MaximumEncodedLength(length)) return 0;
            ushort crc = Crc16Ccitt.Compute(frame, offset, length);
            int total = length + CrcBytes;
            int codeIndex = outputOffset;
            int write = outputOffset + 1;
            byte code = 1;
            for (int i = 0; i < total; i++)
            {
                byte value = i < length ? frame[offset + i] : (i == length ? (byte)crc : (byte)(crc >> 8));
                if (value == 0)
                {
                    output[codeIndex] = code;
                    codeIndex = write++;
                    code = 1;
                    continue;
                }
                output[write++] = value;
                code++;
                if (code == 0xFF)
                {
                    output[codeIndex] = code;
                    codeIndex = write++;
                    code = 1;
                }
            }
            output[codeIndex] = code;
            output[write++] = Delimiter;
            return write - outputOffset;
        }
    }
}
