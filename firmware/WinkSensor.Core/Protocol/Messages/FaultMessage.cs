using WinkSensor.Core.Runtime;

namespace WinkSensor.Core.Protocol.Messages
{
    /// <summary>Event 0x04, 11 bytes: a fault (FaultCode). Codes unknown to this version decode as their number.</summary>
    public sealed class FaultMessage : ProtocolMessage
    {
        public const int FrameLength = 11;

        public uint TimeMilliseconds;
        public FaultCode Code;

        public override FrameType Type { get { return FrameType.Fault; } }
        public override int Length { get { return FrameLength; } }

        protected override void WritePayload(byte[] buffer, int offset)
        {
            LittleEndian.WriteUInt32(buffer, offset, TimeMilliseconds);
            buffer[offset + 4] = (byte)Code;
        }

        protected override DecodeResult ReadPayload(byte[] buffer, int offset)
        {
            TimeMilliseconds = LittleEndian.ReadUInt32(buffer, offset);
            Code = (FaultCode)buffer[offset + 4];
            return DecodeResult.Ok;
        }
    }
}
