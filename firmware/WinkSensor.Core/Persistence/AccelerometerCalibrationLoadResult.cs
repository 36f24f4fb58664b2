namespace WinkSensor.Core.Persistence
{
    /// <summary>What AccelerometerCalibrationStore.Load found. Anything but Loaded leaves both sensors at Identity.</summary>
    public enum AccelerometerCalibrationLoadResult : byte
    {
        Loaded = 0,
        /// <summary>No calibration stored yet (never calibrated, or erased).</summary>
        Missing = 1,
        /// <summary>Too short, not a calibration record, or the checksum does not match (e.g. power lost while writing).</summary>
        Corrupt = 2,
        /// <summary>Written by a firmware with a layout this one does not know.</summary>
        UnknownVersion = 3,
        /// <summary>The record is intact but an offset or scale lies outside what the six-position calibrator accepts.</summary>
        OutOfRange = 4,
        /// <summary>The storage could not be read.</summary>
        StorageUnreadable = 5,
    }
}
