namespace WinkSensor.Core.Protocol.Messages
{
    /// <summary>
    /// 0x21, 13 bytes: the configuration. Read from the Configuration characteristic (or answered to ReadConfiguration);
    /// written by the host to change it (all fields at once; the sequence is the host's request id, echoed in the CommandResult).
    /// </summary>
    public sealed class ConfigurationMessage : ProtocolMessage
    {
        public const int FrameLength = FrameHeader.Length + ConfigurationFields.Length;

        public ConfigurationFields Fields;

        public override FrameType Type { get { return FrameType.Configuration; } }
        public override int Length { get { return FrameLength; } }

        protected override void WritePayload(byte[] buffer, int offset)
        {
            Fields.Write(buffer, offset);
        }

        protected override DecodeResult ReadPayload(byte[] buffer, int offset)
        {
            return Fields.Read(buffer, offset);
        }
    }
}
