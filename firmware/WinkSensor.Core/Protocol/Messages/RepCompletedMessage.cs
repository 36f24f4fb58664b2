using WinkSensor.Core.Runtime;

namespace WinkSensor.Core.Protocol.Messages
{
    /// <summary>
    /// Event 0x02, 19 bytes: one completed rep. Bottom and end are uint16 ms after the start (saturating at 65 535 ms)
    /// so the frame fits 20 bytes.
    /// </summary>
    public sealed class RepCompletedMessage : ProtocolMessage
    {
        public const int FrameLength = 19;
        public const byte WinkFlag = 0x01;
        public const byte PelvisOnlyFlag = 0x02;

        /// <summary>1-based count since calibration, saturating at 65 535.</summary>
        public ushort RepNumber;
        public uint StartMilliseconds;
        public ushort BottomAfterStartMilliseconds;
        public ushort EndAfterStartMilliseconds;
        /// <summary>Largest flexion in the rep, centidegrees, positive = lumbar rounding.</summary>
        public short PeakFlexionCentidegrees;
        public bool Wink;
        public bool PelvisOnly;

        public override FrameType Type { get { return FrameType.RepCompleted; } }
        public override int Length { get { return FrameLength; } }

        public void CopyFrom(RepRecord rep)
        {
            RepNumber = ProtocolUnits.ToCount(rep.RepNumber);
            StartMilliseconds = ProtocolUnits.ToMilliseconds(rep.StartMicroseconds);
            BottomAfterStartMilliseconds = ProtocolUnits.ToMillisecondsOffset(rep.BottomMicroseconds - rep.StartMicroseconds);
            EndAfterStartMilliseconds = ProtocolUnits.ToMillisecondsOffset(rep.EndMicroseconds - rep.StartMicroseconds);
            PeakFlexionCentidegrees = ProtocolUnits.ToCentidegrees(rep.PeakFlexionDegrees);
            Wink = rep.Wink;
            PelvisOnly = rep.PelvisOnly;
        }

        protected override void WritePayload(byte[] buffer, int offset)
        {
            LittleEndian.WriteUInt16(buffer, offset, RepNumber);
            LittleEndian.WriteUInt32(buffer, offset + 2, StartMilliseconds);
            LittleEndian.WriteUInt16(buffer, offset + 6, BottomAfterStartMilliseconds);
            LittleEndian.WriteUInt16(buffer, offset + 8, EndAfterStartMilliseconds);
            LittleEndian.WriteInt16(buffer, offset + 10, PeakFlexionCentidegrees);
            buffer[offset + 12] = (byte)((Wink ? WinkFlag : 0) | (PelvisOnly ? PelvisOnlyFlag : 0));
        }

        protected override DecodeResult ReadPayload(byte[] buffer, int offset)
        {
            byte flags = buffer[offset + 12];
            if ((flags & ~(WinkFlag | PelvisOnlyFlag)) != 0) return DecodeResult.BadValue;
            RepNumber = LittleEndian.ReadUInt16(buffer, offset);
            StartMilliseconds = LittleEndian.ReadUInt32(buffer, offset + 2);
            BottomAfterStartMilliseconds = LittleEndian.ReadUInt16(buffer, offset + 6);
            EndAfterStartMilliseconds = LittleEndian.ReadUInt16(buffer, offset + 8);
            PeakFlexionCentidegrees = LittleEndian.ReadInt16(buffer, offset + 10);
            Wink = (flags & WinkFlag) != 0;
            PelvisOnly = (flags & PelvisOnlyFlag) != 0;
            return DecodeResult.Ok;
        }
    }
}
