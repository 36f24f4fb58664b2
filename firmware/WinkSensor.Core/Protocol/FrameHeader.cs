namespace WinkSensor.Core.Protocol
{
    /// <summary>
    /// The 6 bytes that start every frame: version (byte 0), frame type (byte 1), sequence (bytes 2-5, uint32 LE).
    /// </summary>
    public static class FrameHeader
    {
        public const int Length = 6;
        public const int VersionOffset = 0;
        public const int TypeOffset = 1;
        public const int SequenceOffset = 2;

        /// <summary>Largest frame that fits one notification at the default ATT_MTU of 23.</summary>
        public const int DefaultMaximumFrameBytes = 20;

        public static void Write(byte[] buffer, int offset, FrameType type, uint sequence)
        {
            buffer[offset + VersionOffset] = ProtocolVersion.Current;
            buffer[offset + TypeOffset] = (byte)type;
            LittleEndian.WriteUInt32(buffer, offset + SequenceOffset, sequence);
        }

        /// <summary>Checks range, version, type and exact length, in that order.</summary>
        public static DecodeResult Check(byte[] buffer, int offset, int length, FrameType expectedType, int expectedLength)
        {
            if (buffer == null || offset < 0 || length < 0 || offset > buffer.Length || length > buffer.Length - offset)
                return DecodeResult.BadRange;
            if (length < 2) return DecodeResult.BadLength;
            if (buffer[offset + VersionOffset] != ProtocolVersion.Current) return DecodeResult.BadVersion;
            if (buffer[offset + TypeOffset] != (byte)expectedType) return DecodeResult.WrongFrameType;
            if (length != expectedLength) return DecodeResult.BadLength;
            return DecodeResult.Ok;
        }

        /// <summary>The sequence number of a frame whose range the caller has checked.</summary>
        public static uint ReadSequence(byte[] buffer, int offset)
        {
            return LittleEndian.ReadUInt32(buffer, offset + SequenceOffset);
        }
    }
}
