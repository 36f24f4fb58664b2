namespace WinkSensor.Core.Protocol.Messages
{
    /// <summary>
    /// 0x30, 15 bytes, host to device: a command. The sequence is the host's request id, echoed in the CommandResult.
    /// Byte 6: CommandCode; bytes 7-10: argument; bytes 11-14: count (both uint32, 0 when unused).
    /// Unknown codes decode; the handler answers UnknownCommand.
    /// </summary>
    public sealed class CommandMessage : ProtocolMessage
    {
        public const int FrameLength = 15;

        public CommandCode Code;
        public uint Argument;
        /// <summary>ResendEventsAfter: the most events to resend (0 = all after Argument). Unused by other commands.</summary>
        public uint Count;

        public override FrameType Type { get { return FrameType.Command; } }
        public override int Length { get { return FrameLength; } }

        protected override void WritePayload(byte[] buffer, int offset)
        {
            buffer[offset] = (byte)Code;
            LittleEndian.WriteUInt32(buffer, offset + 1, Argument);
            LittleEndian.WriteUInt32(buffer, offset + 5, Count);
        }

        protected override DecodeResult ReadPayload(byte[] buffer, int offset)
        {
            Code = (CommandCode)buffer[offset];
            Argument = LittleEndian.ReadUInt32(buffer, offset + 1);
            Count = LittleEndian.ReadUInt32(buffer, offset + 5);
            return DecodeResult.Ok;
        }
    }
}
