namespace WinkSensor.Core.Persistence
{
    /// <summary>
    /// Byte layout of the stored accelerometer calibrations of both sensors, format version 1, in its own record
    /// (all multi-byte fields little-endian, signed two's complement):
    /// <code>
    /// offset size field
    ///  0     2    marker 'W' 'A' (0x57 0x41)
    ///  2     1    format version (1)
    ///  3     1    payload length in bytes (36 in version 1)
    ///  4    18    sacrum calibration (below)
    /// 22    18    thoracolumbar calibration (below)
    /// 40     2    CRC-16/CCITT-FALSE over bytes 0..39
    ///
    /// one calibration, relative offset:
    ///  0     2    X zero-g offset, int16, tenths of a milli-g (0.1 mg; -1500..1500 = ±0.15 g)
    ///  2     2    Y zero-g offset, int16, 0.1 mg
    ///  4     2    Z zero-g offset, int16, 0.1 mg
    ///  6     4    X scale, int32, parts per million away from 1.0 (-100000..100000 = 0.9..1.1)
    /// 10     4    Y scale, int32, ppm from 1.0
    /// 14     4    Z scale, int32, ppm from 1.0
    /// </code>
    /// Resolution: 0.05 mg for offsets, 0.5 ppm for scales (round to nearest). The accepted ranges are the
    /// six-position calibrator's default plausibility limits (SixPositionCalibrationSettings.MaximumOffsetG,
    /// MinimumScale, MaximumScale). A new field means a new version number.
    /// </summary>
    public static class AccelerometerCalibrationRecordLayout
    {
        public const byte MarkerFirst = 0x57;
        public const byte MarkerSecond = 0x41;
        public const byte FormatVersion = 1;
        public const int HeaderLength = 4;
        public const int CalibrationLength = 18;
        public const int PayloadLengthVersion1 = 2 * CalibrationLength;
        public const int RecordLengthVersion1 = HeaderLength + PayloadLengthVersion1 + 2;

        public const int SacrumOffset = 4;
        public const int ThoracolumbarOffset = SacrumOffset + CalibrationLength;

        /// <summary>Within one calibration: first of the three int16 offsets, then the first of the three int32 scales.</summary>
        public const int ZeroGOffsetsOffset = 0;
        public const int ScalesOffset = 6;

        /// <summary>Stored offset units per g (one unit = 0.1 mg).</summary>
        public const float OffsetUnitsPerG = 10000f;
        /// <summary>Stored scale units per 1.0 of scale (one unit = 1 ppm).</summary>
        public const float ScaleUnitsPerUnity = 1000000f;

        /// <summary>Largest accepted zero-g offset, 0.1 mg (0.15 g).</summary>
        public const int MaximumOffsetTenthsOfMilliG = 1500;
        /// <summary>Largest accepted scale deviation from 1.0, ppm (scale 0.9..1.1).</summary>
        public const int MaximumScaleDeviationPartsPerMillion = 100000;

        /// <summary>Room for a version-1 record plus slack to detect oversized ones.</summary>
        public const int BufferLength = 64;
    }
}
