namespace WinkSensor.Core.Persistence
{
    /// <summary>What Load found in flash. Anything but Loaded means the defaults are in use, and this says why.</summary>
    public enum ConfigurationLoadResult : byte
    {
        Loaded = 0,
        /// <summary>Nothing stored yet (first power-up, or erased).</summary>
        NothingStored = 1,
        /// <summary>The storage could not be read.</summary>
        StorageUnreadable = 2,
        /// <summary>Fewer bytes than a record of the stored version holds.</summary>
        Truncated = 3,
        /// <summary>The first bytes are not the record marker: something else was written there.</summary>
        NotAConfigurationRecord = 4,
        /// <summary>Written by a firmware with a layout this one does not know.</summary>
        UnknownFormatVersion = 5,
        /// <summary>The checksum does not match: the record was damaged (e.g. power lost while writing).</summary>
        ChecksumMismatch = 6,
        /// <summary>The record is intact but a value is outside the range this firmware accepts.</summary>
        ValueOutOfRange = 7,
    }
}
