namespace WinkSensor.Core.Protocol.Serial
{
    /// <summary>An IFrameLink over a serial port: each frame goes out COBS-framed with its CRC (SerialFrameEncoder).</summary>
    public sealed class SerialFramingLink : IFrameLink
    {
        private readonly IByteWriter port;
        private readonly int maximumPayloadBytes;
        private readonly byte[] encoded;

        public SerialFramingLink(IByteWriter port) : this(port, SerialFrameDecoder.DefaultMaximumFrameBytes) { }

        public SerialFramingLink(IByteWriter port, int maximumPayloadBytes)
        {
            this.port = port;
            this.maximumPayloadBytes = maximumPayloadBytes;
            encoded = new byte[SerialFrameEncoder.MaximumEncodedLength(maximumPayloadBytes)];
        }

        public int MaximumPayloadBytes { get { return maximumPayloadBytes; } }

        public bool TrySend(byte[] frame, int offset, int length)
        {
            if (length > maximumPayloadBytes) return false;
            int encodedLength = SerialFrameEncoder.Encode(frame, offset, length, encoded, 0);
            return encodedLength > 0 && port.TryWrite(encoded, 0, encodedLength);
        }
    }
}
