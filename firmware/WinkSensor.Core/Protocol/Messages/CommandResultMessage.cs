namespace WinkSensor.Core.Protocol.Messages
{
    /// <summary>
    /// 0x31, 19 bytes, device to host: the answer to a Command or Configuration write; the sequence echoes the
    /// request's. Byte 6: the request's frame type; 7: its command code (0 for a configuration write); 8: ResultCode;
    /// 9-12: device clock, ms since boot, when the answer was made (a clock-synchronisation point);
    /// 13-16: detail (ResendEventsAfter: events no longer held; SequenceNotIssued: the newest sequence issued); 17-18: boot id.
    /// </summary>
    public sealed class CommandResultMessage : ProtocolMessage
    {
        public const int FrameLength = 19;

        public byte RequestFrameType;
        public CommandCode Command;
        public ResultCode Result;
        public uint DeviceTimeMilliseconds;
        public uint Detail;
        public ushort BootId;

        public override FrameType Type { get { return FrameType.CommandResult; } }
        public override int Length { get { return FrameLength; } }

        protected override void WritePayload(byte[] buffer, int offset)
        {
            buffer[offset] = RequestFrameType;
            buffer[offset + 1] = (byte)Command;
            buffer[offset + 2] = (byte)Result;
            LittleEndian.WriteUInt32(buffer, offset + 3, DeviceTimeMilliseconds);
            LittleEndian.WriteUInt32(buffer, offset + 7, Detail);
            LittleEndian.WriteUInt16(buffer, offset + 11, BootId);
        }

        protected override DecodeResult ReadPayload(byte[] buffer, int offset)
        {
            RequestFrameType = buffer[offset];
            Command = (CommandCode)buffer[offset + 1];
            Result = (ResultCode)buffer[offset + 2];
            DeviceTimeMilliseconds = LittleEndian.ReadUInt32(buffer, offset + 3);
            Detail = LittleEndian.ReadUInt32(buffer, offset + 7);
            BootId = LittleEndian.ReadUInt16(buffer, offset + 11);
            return DecodeResult.Ok;
        }
    }
}
