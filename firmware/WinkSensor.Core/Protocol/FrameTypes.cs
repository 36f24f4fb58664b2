namespace WinkSensor.Core.Protocol
{
    /// <summary>Which GATT characteristic (or serial stream) a frame type belongs to.</summary>
    public static class FrameTypes
    {
        public const byte FirstEvent = 0x01;
        public const byte LastEvent = 0x0F;

        /// <summary>True for frame types that are logged, sequence-numbered events.</summary>
        public static bool IsEvent(byte frameType)
        {
            return frameType >= FirstEvent && frameType <= LastEvent;
        }

        /// <summary>The characteristic a device-to-host frame is notified on; Control for anything unknown.</summary>
        public static ProtocolChannel ChannelOf(byte frameType)
        {
            if (IsEvent(frameType)) return ProtocolChannel.Events;
            switch (frameType)
            {
                case (byte)FrameType.LiveAngles: return ProtocolChannel.LiveAngles;
                case (byte)FrameType.RawImu: return ProtocolChannel.RawImu;
                case (byte)FrameType.Status: return ProtocolChannel.Status;
                case (byte)FrameType.AccelerometerCalibrationProgress: return ProtocolChannel.Status;
                case (byte)FrameType.Configuration: return ProtocolChannel.Configuration;
                default: return ProtocolChannel.Control;
            }
        }

        /// <summary>The frame type in a frame (byte 1), or 0 when the frame is too short to have one.</summary>
        public static byte TypeOf(byte[] frame, int offset, int length)
        {
            if (frame == null || offset < 0 || length < FrameHeader.Length || offset > frame.Length - length) return 0;
            return frame[offset + FrameHeader.TypeOffset];
        }
    }
}
