using WinkSensor.Core.Runtime;

namespace WinkSensor.Core.Protocol.Messages
{
    /// <summary>Event 0x03, 18 bytes: the wink alarm fired (the motor buzzed) and its retrospective onset.</summary>
    public sealed class WinkDetectedMessage : ProtocolMessage
    {
        public const int FrameLength = 18;

        public ushort RepNumber;
        /// <summary>When the device buzzed, ms since boot.</summary>
        public uint AlarmMilliseconds;
        /// <summary>Estimated start of the wink, ms since boot (at or before the alarm).</summary>
        public uint OnsetMilliseconds;
        /// <summary>Flexion rise over the rep's reference at the alarm, centidegrees.</summary>
        public short MagnitudeCentidegrees;

        public override FrameType Type { get { return FrameType.WinkDetected; } }
        public override int Length { get { return FrameLength; } }

        public void CopyFrom(WinkRecord wink)
        {
            RepNumber = ProtocolUnits.ToCount(wink.RepNumber);
            AlarmMilliseconds = ProtocolUnits.ToMilliseconds(wink.AlarmMicroseconds);
            OnsetMilliseconds = ProtocolUnits.ToMilliseconds(wink.OnsetMicroseconds);
            MagnitudeCentidegrees = ProtocolUnits.ToCentidegrees(wink.MagnitudeDegrees);
        }

        protected override void WritePayload(byte[] buffer, int offset)
        {
            LittleEndian.WriteUInt16(buffer, offset, RepNumber);
            LittleEndian.WriteUInt32(buffer, offset + 2, AlarmMilliseconds);
            LittleEndian.WriteUInt32(buffer, offset + 6, OnsetMilliseconds);
            LittleEndian.WriteInt16(buffer, offset + 10, MagnitudeCentidegrees);
        }

        protected override DecodeResult ReadPayload(byte[] buffer, int offset)
        {
            RepNumber = LittleEndian.ReadUInt16(buffer, offset);
            AlarmMilliseconds = LittleEndian.ReadUInt32(buffer, offset + 2);
            OnsetMilliseconds = LittleEndian.ReadUInt32(buffer, offset + 6);
            MagnitudeCentidegrees = LittleEndian.ReadInt16(buffer, offset + 10);
            return DecodeResult.Ok;
        }
    }
}
