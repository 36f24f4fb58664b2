using WinkSensor.Core.Runtime;

namespace WinkSensor.Core.Protocol.Messages
{
    /// <summary>
    /// The 7 configuration bytes shared by the Configuration frame and the ConfigurationChanged event:
    /// wink threshold (uint16 centidegrees), buzz enabled (0/1), wink pattern (HapticPatternKind),
    /// idle sleep (uint16 minutes, 0 = never), live-angle rate (uint8 Hz). Values are not range-checked here:
    /// DeviceConfiguration's setters do that and answer a ConfigurationError.
    /// </summary>
    public struct ConfigurationFields
    {
        public const int Length = 7;

        public ushort WinkThresholdCentidegrees;
        public bool BuzzEnabled;
        public byte WinkPattern;
        public ushort IdleSleepMinutes;
        public byte LiveAngleRateHertz;

        public void CopyFrom(DeviceConfiguration configuration)
        {
            WinkThresholdCentidegrees = ProtocolUnits.ToScaledUInt16(configuration.WinkThresholdDegrees, 100f);
            BuzzEnabled = configuration.BuzzEnabled;
            WinkPattern = (byte)configuration.WinkPattern;
            IdleSleepMinutes = ProtocolUnits.ToCount(configuration.IdleSleepMinutes);
            LiveAngleRateHertz = (byte)configuration.LiveAngleRateHertz;
        }

        /// <summary>Applies every field through the validating setters; stops at and answers the first error.</summary>
        public ConfigurationError ApplyTo(DeviceConfiguration configuration)
        {
            ConfigurationError error = configuration.SetWinkThresholdDegrees(WinkThresholdCentidegrees / 100f);
            if (error != ConfigurationError.None) return error;
            error = configuration.SetBuzzEnabled(BuzzEnabled);
            if (error != ConfigurationError.None) return error;
            error = configuration.SetWinkPattern(WinkPattern);
            if (error != ConfigurationError.None) return error;
            error = configuration.SetIdleSleepMinutes(IdleSleepMinutes);
            if (error != ConfigurationError.None) return error;
            return configuration.SetLiveAngleRateHertz(LiveAngleRateHertz);
        }

        public void Write(byte[] buffer, int offset)
        {
            LittleEndian.WriteUInt16(buffer, offset, WinkThresholdCentidegrees);
            buffer[offset + 2] = (byte)(BuzzEnabled ? 1 : 0);
            buffer[offset + 3] = WinkPattern;
            LittleEndian.WriteUInt16(buffer, offset + 4, IdleSleepMinutes);
            buffer[offset + 6] = LiveAngleRateHertz;
        }

        /// <summary>BadValue when the buzz byte is neither 0 nor 1.</summary>
        public DecodeResult Read(byte[] buffer, int offset)
        {
            byte buzz = buffer[offset + 2];
            if (buzz > 1) return DecodeResult.BadValue;
            WinkThresholdCentidegrees = LittleEndian.ReadUInt16(buffer, offset);
            BuzzEnabled = buzz == 1;
            WinkPattern = buffer[offset + 3];
            IdleSleepMinutes = LittleEndian.ReadUInt16(buffer, offset + 4);
            LiveAngleRateHertz = buffer[offset + 6];
            return DecodeResult.Ok;
        }
    }
}
