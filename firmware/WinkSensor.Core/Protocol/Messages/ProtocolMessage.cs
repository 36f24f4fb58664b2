namespace WinkSensor.Core.Protocol.Messages
{
    /// <summary>
    /// One frame type's fields and its codec. Preallocate one instance per type and reuse it: Encode writes into a
    /// caller's buffer and Decode fills this instance; neither allocates nor throws. After a failed Decode the
    /// fields are unspecified.
    /// </summary>
    public abstract class ProtocolMessage
    {
        /// <summary>Bytes 2-5: the event sequence number, stream counter or request id (see each frame type).</summary>
        public uint Sequence;

        public abstract FrameType Type { get; }

        /// <summary>The frame's fixed length in bytes, header included.</summary>
        public abstract int Length { get; }

        /// <summary>Writes the frame at buffer[offset]; answers its length, or 0 when it does not fit.</summary>
        public int Encode(byte[] buffer, int offset)
        {
            int length = Length;
            if (buffer == null || offset < 0 || offset > buffer.Length - length) return 0;
            FrameHeader.Write(buffer, offset, Type, Sequence);
            WritePayload(buffer, offset + FrameHeader.Length);
            return length;
        }

        public DecodeResult Decode(byte[] buffer, int offset, int length)
        {
            DecodeResult result = FrameHeader.Check(buffer, offset, length, Type, Length);
            if (result != DecodeResult.Ok) return result;
            result = ReadPayload(buffer, offset + FrameHeader.Length);
            if (result != DecodeResult.Ok) return result;
            Sequence = FrameHeader.ReadSequence(buffer, offset);
            return DecodeResult.Ok;
        }

        /// <summary>Writes the fields after the header; the range is checked.</summary>
        protected abstract void WritePayload(byte[] buffer, int offset);

        /// <summary>Validates then reads the fields after the header; the range and length are checked.</summary>
        protected abstract DecodeResult ReadPayload(byte[] buffer, int offset);
    }
}
