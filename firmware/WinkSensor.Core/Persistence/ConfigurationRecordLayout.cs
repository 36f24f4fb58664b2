namespace WinkSensor.Core.Persistence
{
    /// <summary>
    /// Byte layout of the stored DeviceConfiguration, format version 1 (all multi-byte fields little-endian):
    /// <code>
    /// offset size field
    ///  0     2    marker 'W' 'C' (0x57 0x43)
    ///  2     1    format version (1)
    ///  3     1    payload length in bytes (7 in version 1)
    ///  4     2    wink threshold, hundredths of a degree (300..3000)
    ///  6     1    buzz enabled (0 or 1)
    ///  7     1    wink pattern (HapticPatternKind)
    ///  8     2    idle-sleep minutes (0 = never)
    /// 10     1    live-angle rate, Hz
    /// 11     2    CRC-16/CCITT-FALSE over bytes 0..10
    /// </code>
    /// A new field means a new version number; a reader that does not know a version loads defaults and says so.
    /// </summary>
    public static class ConfigurationRecordLayout
    {
        public const byte MarkerFirst = 0x57;
        public const byte MarkerSecond = 0x43;
        public const byte FormatVersion = 1;
        public const int HeaderLength = 4;
        public const int PayloadLengthVersion1 = 7;
        public const int RecordLengthVersion1 = HeaderLength + PayloadLengthVersion1 + 2;

        public const int WinkThresholdOffset = 4;
        public const int BuzzEnabledOffset = 6;
        public const int WinkPatternOffset = 7;
        public const int IdleSleepMinutesOffset = 8;
        public const int LiveAngleRateOffset = 10;

        /// <summary>Room for any record this or an older firmware writes, plus slack to detect oversized ones.</summary>
        public const int BufferLength = 64;
    }
}
