namespace WinkSensor.Core.Protocol.Messages
{
    /// <summary>Event 0x05, 17 bytes: the configuration changed. Bytes 6-9: time, ms since boot; 10-16: the new configuration.</summary>
    public sealed class ConfigurationChangedMessage : ProtocolMessage
    {
        public const int FrameLength = FrameHeader.Length + 4 + ConfigurationFields.Length;

        public uint TimeMilliseconds;
        public ConfigurationFields Fields;

        public override FrameType Type { get { return FrameType.ConfigurationChanged; } }
        public override int Length { get { return FrameLength; } }

        protected override void WritePayload(byte[] buffer, int offset)
        {
            LittleEndian.WriteUInt32(buffer, offset, TimeMilliseconds);
            Fields.Write(buffer, offset + 4);
        }

        protected override DecodeResult ReadPayload(byte[] buffer, int offset)
        {
            DecodeResult result = Fields.Read(buffer, offset + 4);
            if (result != DecodeResult.Ok) return result;
            TimeMilliseconds = LittleEndian.ReadUInt32(buffer, offset);
            return DecodeResult.Ok;
        }
    }
}
