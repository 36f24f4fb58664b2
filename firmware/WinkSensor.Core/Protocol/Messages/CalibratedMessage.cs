namespace WinkSensor.Core.Protocol.Messages
{
    /// <summary>Event 0x01, 10 bytes: the standing calibration finished. Bytes 6-9: time, ms since boot.</summary>
    public sealed class CalibratedMessage : ProtocolMessage
    {
        public const int FrameLength = 10;

        public uint TimeMilliseconds;

        public override FrameType Type { get { return FrameType.Calibrated; } }
        public override int Length { get { return FrameLength; } }

        protected override void WritePayload(byte[] buffer, int offset)
        {
            LittleEndian.WriteUInt32(buffer, offset, TimeMilliseconds);
        }

        protected override DecodeResult ReadPayload(byte[] buffer, int offset)
        {
            TimeMilliseconds = LittleEndian.ReadUInt32(buffer, offset);
            return DecodeResult.Ok;
        }
    }
}
