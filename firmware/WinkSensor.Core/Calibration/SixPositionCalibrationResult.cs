namespace WinkSensor.Core.Calibration
{
    /// <summary>State or outcome of a six-position accelerometer calibration.</summary>
    public enum SixPositionCalibrationResult
    {
        /// <summary>Still collecting: not every face has been held still long enough yet.</summary>
        Collecting = 0,

        /// <summary>Offsets and scales solved and plausible; the calibration is ready.</summary>
        Complete = 1,

        /// <summary>Solve was asked for before all six faces were seen.</summary>
        MissingFace = 2,

        /// <summary>A face's reading along its vertical axis is too far from 1 g (moving, or not resting on a face).</summary>
        FaceMagnitudeImplausible = 3,

        /// <summary>A solved scale lies outside the plausible range (default 0.9-1.1).</summary>
        ScaleOutOfRange = 4,

        /// <summary>A solved zero-g offset is larger than plausible (default 0.15 g).</summary>
        OffsetOutOfRange = 5,
    }
}
