namespace WinkSensor.Core.Protocol.Messages
{
    /// <summary>
    /// 0x20, 20 bytes: battery, sensor health, calibration, firmware version, the newest event sequence and the boot id.
    /// The sequence is the request id when it answers ReadStatus, otherwise 0.
    /// </summary>
    public sealed class StatusMessage : ProtocolMessage
    {
        public const int FrameLength = 20;
        public const byte BatteryPercentUnknown = 0xFF;

        public const byte SacrumSensorRespondingFlag = 0x01;
        public const byte ThoracolumbarSensorRespondingFlag = 0x02;
        public const byte PelvisOnlyFlag = 0x04;
        public const byte RawStreamActiveFlag = 0x08;
        /// <summary>The six-position accelerometer calibration is running (squat detection paused).</summary>
        public const byte AccelerometerCalibrationActiveFlag = 0x10;
        /// <summary>Both sensors carry a six-position accelerometer calibration (loaded from flash or just made).</summary>
        public const byte AccelerometersCalibratedFlag = 0x20;
        public const byte AllHealthFlags = 0x3F;

        public ushort BatteryMillivolts;
        /// <summary>0..100, or BatteryPercentUnknown.</summary>
        public byte BatteryPercent;
        /// <summary>Bit set of the *Flag constants.</summary>
        public byte SensorHealth;
        public CalibrationState Calibration;
        public byte FirmwareMajor;
        public byte FirmwareMinor;
        public byte FirmwarePatch;
        /// <summary>Sequence number of the newest logged event; 0 = none yet. The host compares it with the newest it holds.</summary>
        public uint LatestEventSequence;
        /// <summary>Random at each boot: a change means the device restarted and its event sequence began again at 1.</summary>
        public ushort BootId;

        public override FrameType Type { get { return FrameType.Status; } }
        public override int Length { get { return FrameLength; } }

        protected override void WritePayload(byte[] buffer, int offset)
        {
            LittleEndian.WriteUInt16(buffer, offset, BatteryMillivolts);
            buffer[offset + 2] = BatteryPercent;
            buffer[offset + 3] = SensorHealth;
            buffer[offset + 4] = (byte)Calibration;
            buffer[offset + 5] = FirmwareMajor;
            buffer[offset + 6] = FirmwareMinor;
            buffer[offset + 7] = FirmwarePatch;
            LittleEndian.WriteUInt32(buffer, offset + 8, LatestEventSequence);
            LittleEndian.WriteUInt16(buffer, offset + 12, BootId);
        }

        protected override DecodeResult ReadPayload(byte[] buffer, int offset)
        {
            byte percent = buffer[offset + 2];
            byte health = buffer[offset + 3];
            byte calibration = buffer[offset + 4];
            if (percent > 100 && percent != BatteryPercentUnknown) return DecodeResult.BadValue;
            if ((health & ~AllHealthFlags) != 0) return DecodeResult.BadValue;
            if (calibration > (byte)CalibrationState.Failed) return DecodeResult.BadValue;
            BatteryMillivolts = LittleEndian.ReadUInt16(buffer, offset);
            BatteryPercent = percent;
            SensorHealth = health;
            Calibration = (CalibrationState)calibration;
            FirmwareMajor = buffer[offset + 5];
            FirmwareMinor = buffer[offset + 6];
            FirmwarePatch = buffer[offset + 7];
            LatestEventSequence = LittleEndian.ReadUInt32(buffer, offset + 8);
            BootId = LittleEndian.ReadUInt16(buffer, offset + 12);
            return DecodeResult.Ok;
        }
    }
}
