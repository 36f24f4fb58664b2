namespace WinkSensor.Core.Protocol.Messages
{
    /// <summary>
    /// 0x11, 19 bytes: one sensor's raw reading of one sample. Both sensors' readings do not fit one 20-byte
    /// notification, so each sample is sent as two frames, sacrum then thoracolumbar, both carrying the sample counter
    /// as their sequence; the host pairs them by it. Values are the MPU-6050 output registers as int16 LSBs in sensor axes.
    /// </summary>
    public sealed class RawImuMessage : ProtocolMessage
    {
        public const int FrameLength = 19;

        public ImuSensorPosition Sensor;
        public short AccelerationX;
        public short AccelerationY;
        public short AccelerationZ;
        public short AngularRateX;
        public short AngularRateY;
        public short AngularRateZ;

        public override FrameType Type { get { return FrameType.RawImu; } }
        public override int Length { get { return FrameLength; } }

        protected override void WritePayload(byte[] buffer, int offset)
        {
            buffer[offset] = (byte)Sensor;
            LittleEndian.WriteInt16(buffer, offset + 1, AccelerationX);
            LittleEndian.WriteInt16(buffer, offset + 3, AccelerationY);
            LittleEndian.WriteInt16(buffer, offset + 5, AccelerationZ);
            LittleEndian.WriteInt16(buffer, offset + 7, AngularRateX);
            LittleEndian.WriteInt16(buffer, offset + 9, AngularRateY);
            LittleEndian.WriteInt16(buffer, offset + 11, AngularRateZ);
        }

        protected override DecodeResult ReadPayload(byte[] buffer, int offset)
        {
            byte sensor = buffer[offset];
            if (sensor > (byte)ImuSensorPosition.Thoracolumbar) return DecodeResult.BadValue;
            Sensor = (ImuSensorPosition)sensor;
            AccelerationX = LittleEndian.ReadInt16(buffer, offset + 1);
            AccelerationY = LittleEndian.ReadInt16(buffer, offset + 3);
            AccelerationZ = LittleEndian.ReadInt16(buffer, offset + 5);
            AngularRateX = LittleEndian.ReadInt16(buffer, offset + 7);
            AngularRateY = LittleEndian.ReadInt16(buffer, offset + 9);
            AngularRateZ = LittleEndian.ReadInt16(buffer, offset + 11);
            return DecodeResult.Ok;
        }
    }
}
