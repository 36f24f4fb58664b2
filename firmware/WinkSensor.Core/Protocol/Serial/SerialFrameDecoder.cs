namespace WinkSensor.Core.Protocol.Serial
{
    /// <summary>
    /// Finds frames in a serial byte stream (SerialFrameEncoder's format). Feed bytes one at a time; Push answers true
    /// when a frame with a good CRC has just ended, readable in Frame[0..FrameLength). Anything else (bad COBS, bad CRC,
    /// too long) is counted and dropped, and decoding starts again after the next 0x00, so garbage costs at most the
    /// frame it hits. Never throws; allocation-free after construction.
    /// </summary>
    public sealed class SerialFrameDecoder
    {
        public const int DefaultMaximumFrameBytes = 64;

        private readonly byte[] encoded;
        private readonly byte[] frame;
        private int encodedLength;
        private bool overflowed;
        private int frameLength;
        private int framesAccepted;
        private int framesRejected;

        public SerialFrameDecoder() : this(DefaultMaximumFrameBytes) { }

        public SerialFrameDecoder(int maximumFrameBytes)
        {
            if (maximumFrameBytes < 1) maximumFrameBytes = 1;
            encoded = new byte[SerialFrameEncoder.MaximumEncodedLength(maximumFrameBytes)];
            frame = new byte[maximumFrameBytes + SerialFrameEncoder.CrcBytes];
        }

        /// <summary>The last frame found (without its CRC); valid until the next Push.</summary>
        public byte[] Frame { get { return frame; } }

        public int FrameLength { get { return frameLength; } }

        public int FramesAccepted { get { return framesAccepted; } }

        /// <summary>Delimited chunks dropped: bad COBS, bad CRC, shorter than a CRC or longer than the maximum frame.</summary>
        public int FramesRejected { get { return framesRejected; } }

        public bool Push(byte value)
        {
            if (value != SerialFrameEncoder.Delimiter)
            {
                if (encodedLength < encoded.Length) encoded[encodedLength++] = value;
                else overflowed = true;
                return false;
            }
            int length = encodedLength;
            bool tooLong = overflowed;
            encodedLength = 0;
            overflowed = false;
            frameLength = 0;
            if (length == 0) return false; // back-to-back delimiters: idle line, not an error
            if (tooLong) { framesRejected++; return false; }
            int decoded = DecodeCobs(length);
            if (decoded < SerialFrameEncoder.CrcBytes + 1) { framesRejected++; return false; }
            int payload = decoded - SerialFrameEncoder.CrcBytes;
            ushort expected = (ushort)(frame[payload] | (frame[payload + 1] << 8));
            if (Crc16Ccitt.Compute(frame, 0, payload) != expected) { framesRejected++; return false; }
            frameLength = payload;
            framesAccepted++;
            return true;
        }

        /// <summary>Bytes decoded into frame, or -1 when the COBS structure is broken or the result does not fit.</summary>
        private int DecodeCobs(int length)
        {
            int read = 0;
            int write = 0;
            while (read < length)
            {
                int code = encoded[read++];
                if (code == 0 || read + code - 1 > length) return -1;
                for (int i = 1; i < code; i++)
                {
                    if (write >= frame.Length) return -1;
                    frame[write++] = encoded[read++];
                }
                if (code != 0xFF && read < length)
                {
                    if (write >= frame.Length) return -1;
                    frame[write++] = 0;
                }
            }
            return write;
        }
    }
}
