using WinkSensor.Core.Runtime;

namespace WinkSensor.Core.Persistence
{
    /// <summary>
    /// Keeps the DeviceConfiguration in flash (layout in ConfigurationRecordLayout). Load never throws: on anything
    /// but an intact, known, in-range record the target gets the defaults and the result says why.
    /// </summary>
    public sealed class ConfigurationStore
    {
        private readonly IConfigurationStorage storage;
        private readonly byte[] buffer = new byte[ConfigurationRecordLayout.BufferLength];
        private readonly byte[] lastWritten = new byte[ConfigurationRecordLayout.BufferLength];
        private int lastWrittenLength;
        private readonly DeviceConfiguration candidate = new DeviceConfiguration();
        private readonly DeviceConfiguration defaults = new DeviceConfiguration();

        public ConfigurationStore(IConfigurationStorage storage)
        {
            this.storage = storage;
        }

        public ConfigurationLoadResult Load(DeviceConfiguration target)
        {
            ConfigurationLoadResult result = Decode(storage.Read(buffer));
            target.CopyFrom(result == ConfigurationLoadResult.Loaded ? candidate : defaults);
            // What flash holds now, as far as SaveIfChanged is concerned (defaults when nothing usable was stored,
            // so an untouched default configuration is not written needlessly).
            lastWrittenLength = Encode(target, lastWritten);
            return result;
        }

        /// <summary>Writes the configuration; false when the storage refused the write.</summary>
        public bool Save(DeviceConfiguration source)
        {
            int length = Encode(source, buffer);
            if (!storage.Write(buffer, length)) return false;
            Remember(length);
            return true;
        }

        /// <summary>Writes only when the configuration differs from the last one loaded or written, sparing the
        /// flash (call it every few seconds). False only when a needed write failed.</summary>
        public bool SaveIfChanged(DeviceConfiguration source)
        {
            int length = Encode(source, buffer);
            bool same = length == lastWrittenLength;
            for (int i = 0; same && i < length; i++) same = buffer[i] == lastWritten[i];
            if (same) return true;
            if (!storage.Write(buffer, length)) return false;
            Remember(length);
            return true;
        }

        private void Remember(int length)
        {
            for (int i = 0; i < length; i++) lastWritten[i] = buffer[i];
            lastWrittenLength = length;
        }

        /// <summary>Writes the version-1 record for source into destination; returns its length in bytes.</summary>
        public static int Encode(DeviceConfiguration source, byte[] destination)
        {
            destination[0] = ConfigurationRecordLayout.MarkerFirst;
            destination[1] = ConfigurationRecordLayout.MarkerSecond;
            destination[2] = ConfigurationRecordLayout.FormatVersion;
            destination[3] = ConfigurationRecordLayout.PayloadLengthVersion1;
            RecordBytes.WriteUInt16(destination, ConfigurationRecordLayout.WinkThresholdOffset, (int)(source.WinkThresholdDegrees * 100f + 0.5f));
            destination[ConfigurationRecordLayout.BuzzEnabledOffset] = (byte)(source.BuzzEnabled ? 1 : 0);
            destination[ConfigurationRecordLayout.WinkPatternOffset] = (byte)source.WinkPattern;
            RecordBytes.WriteUInt16(destination, ConfigurationRecordLayout.IdleSleepMinutesOffset, source.IdleSleepMinutes);
            destination[ConfigurationRecordLayout.LiveAngleRateOffset] = (byte)source.LiveAngleRateHertz;
            return RecordBytes.Seal(destination, ConfigurationRecordLayout.HeaderLength + ConfigurationRecordLayout.PayloadLengthVersion1);
        }

        private ConfigurationLoadResult Decode(int length)
        {
            if (length < 0) return ConfigurationLoadResult.StorageUnreadable;
            if (length == 0) return ConfigurationLoadResult.NothingStored;
            if (length < ConfigurationRecordLayout.HeaderLength) return ConfigurationLoadResult.Truncated;
            if (buffer[0] != ConfigurationRecordLayout.MarkerFirst || buffer[1] != ConfigurationRecordLayout.MarkerSecond)
                return ConfigurationLoadResult.NotAConfigurationRecord;
            if (buffer[2] != ConfigurationRecordLayout.FormatVersion) return ConfigurationLoadResult.UnknownFormatVersion;
            if (buffer[3] != ConfigurationRecordLayout.PayloadLengthVersion1 || length < ConfigurationRecordLayout.RecordLengthVersion1)
                return ConfigurationLoadResult.Truncated;
            if (!RecordBytes.IsIntact(buffer, ConfigurationRecordLayout.RecordLengthVersion1)) return ConfigurationLoadResult.ChecksumMismatch;

            candidate.CopyFrom(defaults);
            int buzz = buffer[ConfigurationRecordLayout.BuzzEnabledOffset];
            if (buzz > 1) return ConfigurationLoadResult.ValueOutOfRange;
            if (candidate.SetWinkThresholdDegrees(RecordBytes.ReadUInt16(buffer, ConfigurationRecordLayout.WinkThresholdOffset) / 100f) != ConfigurationError.None
                || candidate.SetBuzzEnabled(buzz == 1) != ConfigurationError.None
                || candidate.SetWinkPattern(buffer[ConfigurationRecordLayout.WinkPatternOffset]) != ConfigurationError.None
                || candidate.SetIdleSleepMinutes(RecordBytes.ReadUInt16(buffer, ConfigurationRecordLayout.IdleSleepMinutesOffset)) != ConfigurationError.None
                || candidate.SetLiveAngleRateHertz(buffer[ConfigurationRecordLayout.LiveAngleRateOffset]) != ConfigurationError.None)
                return ConfigurationLoadResult.ValueOutOfRange;
            return ConfigurationLoadResult.Loaded;
        }
    }
}
