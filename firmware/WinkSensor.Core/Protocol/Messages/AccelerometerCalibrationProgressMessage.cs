using WinkSensor.Core.Calibration;

namespace WinkSensor.Core.Protocol.Messages
{
    /// <summary>
    /// 0x22, 17 bytes, Status characteristic (notified): how far the six-position accelerometer calibration has got,
    /// per sensor. Sequence = progress counter (+1 per frame offered, so a gap means a dropped frame). Sent when
    /// anything in it changes, and at least once a second while the procedure runs.
    /// </summary>
    public sealed class AccelerometerCalibrationProgressMessage : ProtocolMessage
    {
        public const int FrameLength = 17;
        /// <summary>No face is being held still right now.</summary>
        public const byte NoFace = 0xFF;
        /// <summary>Bits 0-5: one per AccelerometerFace.</summary>
        public const byte AllFacesMask = 0x3F;

        public AccelerometerCalibrationState State;
        /// <summary>Bit (1 &lt;&lt; AccelerometerFace) set for each face of the sacrum board already captured.</summary>
        public byte SacrumFacesSeen;
        public byte ThoracolumbarFacesSeen;
        /// <summary>The face (AccelerometerFace value) the sacrum board rests on right now, or NoFace.</summary>
        public byte SacrumFaceHeld;
        public byte ThoracolumbarFaceHeld;
        /// <summary>How much of the required still time the current face has had, % (0..100).</summary>
        public byte SacrumHoldPercent;
        public byte ThoracolumbarHoldPercent;
        public SixPositionCalibrationResult SacrumResult;
        public SixPositionCalibrationResult ThoracolumbarResult;
        /// <summary>Seconds left before the procedure times out (0 once it has ended).</summary>
        public ushort SecondsRemaining;

        public override FrameType Type { get { return FrameType.AccelerometerCalibrationProgress; } }
        public override int Length { get { return FrameLength; } }

        protected override void WritePayload(byte[] buffer, int offset)
        {
            buffer[offset] = (byte)State;
            buffer[offset + 1] = SacrumFacesSeen;
            buffer[offset + 2] = ThoracolumbarFacesSeen;
            buffer[offset + 3] = SacrumFaceHeld;
            buffer[offset + 4] = ThoracolumbarFaceHeld;
            buffer[offset + 5] = SacrumHoldPercent;
            buffer[offset + 6] = ThoracolumbarHoldPercent;
            buffer[offset + 7] = (byte)SacrumResult;
            buffer[offset + 8] = (byte)ThoracolumbarResult;
            LittleEndian.WriteUInt16(buffer, offset + 9, SecondsRemaining);
        }

        protected override DecodeResult ReadPayload(byte[] buffer, int offset)
        {
            if (buffer[offset] > (byte)AccelerometerCalibrationState.TimedOut) return DecodeResult.BadValue;
            if ((buffer[offset + 1] & ~AllFacesMask) != 0 || (buffer[offset + 2] & ~AllFacesMask) != 0) return DecodeResult.BadValue;
            if (!IsFaceOrNone(buffer[offset + 3]) || !IsFaceOrNone(buffer[offset + 4])) return DecodeResult.BadValue;
            if (buffer[offset + 5] > 100 || buffer[offset + 6] > 100) return DecodeResult.BadValue;
            if (buffer[offset + 7] > (byte)SixPositionCalibrationResult.OffsetOutOfRange
                || buffer[offset + 8] > (byte)SixPositionCalibrationResult.OffsetOutOfRange) return DecodeResult.BadValue;
            State = (AccelerometerCalibrationState)buffer[offset];
            SacrumFacesSeen = buffer[offset + 1];
            ThoracolumbarFacesSeen = buffer[offset + 2];
            SacrumFaceHeld = buffer[offset + 3];
            ThoracolumbarFaceHeld = buffer[offset + 4];
            SacrumHoldPercent = buffer[offset + 5];
            ThoracolumbarHoldPercent = buffer[offset + 6];
            SacrumResult = (SixPositionCalibrationResult)buffer[offset + 7];
            ThoracolumbarResult = (SixPositionCalibrationResult)buffer[offset + 8];
            SecondsRemaining = LittleEndian.ReadUInt16(buffer, offset + 9);
            return DecodeResult.Ok;
        }

        private static bool IsFaceOrNone(byte face)
        {
            return face == NoFace || face <= (byte)AccelerometerFace.ZDown;
        }
    }
}
