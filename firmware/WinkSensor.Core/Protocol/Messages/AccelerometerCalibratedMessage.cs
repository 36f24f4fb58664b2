using WinkSensor.Core.Calibration;
using WinkSensor.Core.Numerics;

namespace WinkSensor.Core.Protocol.Messages
{
    /// <summary>
    /// Event 0x07, 20 bytes: one sensor's new six-position accelerometer calibration, now in use. A completed
    /// procedure logs one for the sacrum, then one for the thoracolumbar sensor.
    /// Offsets in 0.1 mg (±1500 = ±0.15 g), scales as parts per 100 000 away from 1 (±10 000 = 0.9..1.1): the
    /// ranges the device accepts; anything outside is rejected as BadValue.
    /// </summary>
    public sealed class AccelerometerCalibratedMessage : ProtocolMessage
    {
        public const int FrameLength = 20;
        public const short MaximumOffsetTenthsOfMilliG = 1500;
        public const short MaximumScaleDeviation = 10000;
        /// <summary>Scale deviations are in 1/ScaleDeviationUnits (10 ppm).</summary>
        public const float ScaleDeviationUnits = 100000f;
        public const byte KeptInFlashFlag = 0x01;

        public ImuSensorPosition Sensor;
        /// <summary>Zero-g offset per axis (X, Y, Z of the sensor), 0.1 mg.</summary>
        public short OffsetXTenthsOfMilliG;
        public short OffsetYTenthsOfMilliG;
        public short OffsetZTenthsOfMilliG;
        /// <summary>(scale − 1) per axis, 1/100 000.</summary>
        public short ScaleDeviationX;
        public short ScaleDeviationY;
        public short ScaleDeviationZ;
        /// <summary>Bit 0: the calibration was written to flash (kept across power cycles); bits 1-7 zero.</summary>
        public byte Flags;

        public override FrameType Type { get { return FrameType.AccelerometerCalibrated; } }
        public override int Length { get { return FrameLength; } }

        public bool KeptInFlash { get { return (Flags & KeptInFlashFlag) != 0; } }

        /// <summary>From a calibration in g and scale; values beyond the wire's range are clamped to it.</summary>
        public void Set(ImuSensorPosition sensor, AccelerometerCalibration calibration, bool keptInFlash)
        {
            Sensor = sensor;
            Vector3 offset = calibration.OffsetG;
            Vector3 scale = calibration.Scale;
            OffsetXTenthsOfMilliG = ToFixed(offset.X * 10000f, MaximumOffsetTenthsOfMilliG);
            OffsetYTenthsOfMilliG = ToFixed(offset.Y * 10000f, MaximumOffsetTenthsOfMilliG);
            OffsetZTenthsOfMilliG = ToFixed(offset.Z * 10000f, MaximumOffsetTenthsOfMilliG);
            ScaleDeviationX = ToFixed((scale.X - 1f) * ScaleDeviationUnits, MaximumScaleDeviation);
            ScaleDeviationY = ToFixed((scale.Y - 1f) * ScaleDeviationUnits, MaximumScaleDeviation);
            ScaleDeviationZ = ToFixed((scale.Z - 1f) * ScaleDeviationUnits, MaximumScaleDeviation);
            Flags = keptInFlash ? KeptInFlashFlag : (byte)0;
        }

        /// <summary>Zero-g offset per axis, g.</summary>
        public Vector3 OffsetG
        {
            get { return new Vector3(OffsetXTenthsOfMilliG / 10000f, OffsetYTenthsOfMilliG / 10000f, OffsetZTenthsOfMilliG / 10000f); }
        }

        /// <summary>Reading per true g per axis.</summary>
        public Vector3 Scale
        {
            get
            {
                return new Vector3(1f + ScaleDeviationX / ScaleDeviationUnits, 1f + ScaleDeviationY / ScaleDeviationUnits,
                    1f + ScaleDeviationZ / ScaleDeviationUnits);
            }
        }

        protected override void WritePayload(byte[] buffer, int offset)
        {
            buffer[offset] = (byte)Sensor;
            LittleEndian.WriteInt16(buffer, offset + 1, OffsetXTenthsOfMilliG);
            LittleEndian.WriteInt16(buffer, offset + 3, OffsetYTenthsOfMilliG);
            LittleEndian.WriteInt16(buffer, offset + 5, OffsetZTenthsOfMilliG);
            LittleEndian.WriteInt16(buffer, offset + 7, ScaleDeviationX);
            LittleEndian.WriteInt16(buffer, offset + 9, ScaleDeviationY);
            LittleEndian.WriteInt16(buffer, offset + 11, ScaleDeviationZ);
            buffer[offset + 13] = Flags;
        }

        protected override DecodeResult ReadPayload(byte[] buffer, int offset)
        {
            if (buffer[offset] > (byte)ImuSensorPosition.Thoracolumbar) return DecodeResult.BadValue;
            if ((buffer[offset + 13] & ~KeptInFlashFlag) != 0) return DecodeResult.BadValue;
            for (int axis = 0; axis < 3; axis++)
            {
                if (!Within(LittleEndian.ReadInt16(buffer, offset + 1 + 2 * axis), MaximumOffsetTenthsOfMilliG)) return DecodeResult.BadValue;
                if (!Within(LittleEndian.ReadInt16(buffer, offset + 7 + 2 * axis), MaximumScaleDeviation)) return DecodeResult.BadValue;
            }
            Sensor = (ImuSensorPosition)buffer[offset];
            OffsetXTenthsOfMilliG = LittleEndian.ReadInt16(buffer, offset + 1);
            OffsetYTenthsOfMilliG = LittleEndian.ReadInt16(buffer, offset + 3);
            OffsetZTenthsOfMilliG = LittleEndian.ReadInt16(buffer, offset + 5);
            ScaleDeviationX = LittleEndian.ReadInt16(buffer, offset + 7);
            ScaleDeviationY = LittleEndian.ReadInt16(buffer, offset + 9);
            ScaleDeviationZ = LittleEndian.ReadInt16(buffer, offset + 11);
            Flags = buffer[offset + 13];
            return DecodeResult.Ok;
        }

        private static bool Within(short value, short limit)
        {
            return value >= -limit && value <= limit;
        }

        private static short ToFixed(float scaled, short limit)
        {
            float rounded = scaled >= 0f ? scaled + 0.5f : scaled - 0.5f;
            if (rounded >= limit) return limit;
            if (rounded <= -limit) return (short)-limit;
            return (short)rounded;
        }
    }
}
