using WinkSensor.Core.Runtime;

namespace WinkSensor.Core.Protocol.Messages
{
    /// <summary>
    /// 0x10, 19 bytes: one decimated live-angle sample. The sequence is a live-frame counter: a gap means dropped
    /// frames, which are never resent. Angles in centidegrees, AngleNotAvailable when unknown (for example the
    /// thoracolumbar tilt in pelvis-only mode).
    /// </summary>
    public sealed class LiveAnglesMessage : ProtocolMessage
    {
        public const int FrameLength = 19;

        public uint TimeMilliseconds;
        /// <summary>Lumbopelvic flexion, positive = lumbar rounding.</summary>
        public short FlexionCentidegrees;
        /// <summary>Sagittal tilt of the sacrum from its standing calibration, positive = anterior pelvic tilt (top tips forward).</summary>
        public short SacrumTiltCentidegrees;
        /// <summary>Sagittal tilt of the thoracolumbar junction from its standing calibration, positive = forward lean.</summary>
        public short ThoracolumbarTiltCentidegrees;
        public SquatPhase Phase;
        /// <summary>Reps since calibration, saturating at 65 535.</summary>
        public ushort RepCount;

        public override FrameType Type { get { return FrameType.LiveAngles; } }
        public override int Length { get { return FrameLength; } }

        protected override void WritePayload(byte[] buffer, int offset)
        {
            LittleEndian.WriteUInt32(buffer, offset, TimeMilliseconds);
            LittleEndian.WriteInt16(buffer, offset + 4, FlexionCentidegrees);
            LittleEndian.WriteInt16(buffer, offset + 6, SacrumTiltCentidegrees);
            LittleEndian.WriteInt16(buffer, offset + 8, ThoracolumbarTiltCentidegrees);
            buffer[offset + 10] = (byte)Phase;
            LittleEndian.WriteUInt16(buffer, offset + 11, RepCount);
        }

        protected override DecodeResult ReadPayload(byte[] buffer, int offset)
        {
            byte phase = buffer[offset + 10];
            if (phase > (byte)SquatPhase.Other) return DecodeResult.BadValue;
            TimeMilliseconds = LittleEndian.ReadUInt32(buffer, offset);
            FlexionCentidegrees = LittleEndian.ReadInt16(buffer, offset + 4);
            SacrumTiltCentidegrees = LittleEndian.ReadInt16(buffer, offset + 6);
            ThoracolumbarTiltCentidegrees = LittleEndian.ReadInt16(buffer, offset + 8);
            Phase = (SquatPhase)phase;
            RepCount = LittleEndian.ReadUInt16(buffer, offset + 11);
            return DecodeResult.Ok;
        }
    }
}
