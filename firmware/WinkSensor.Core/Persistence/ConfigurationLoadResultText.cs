namespace WinkSensor.Core.Persistence
{
    /// <summary>Plain-language reason for a load result (Enum.ToString gives only the number on the device).</summary>
    public static class ConfigurationLoadResultText
    {
        public static string Describe(ConfigurationLoadResult result)
        {
            switch (result)
            {
                case ConfigurationLoadResult.Loaded: return "settings loaded from flash";
                case ConfigurationLoadResult.NothingStored: return "no settings stored yet, using defaults";
                case ConfigurationLoadResult.StorageUnreadable: return "settings storage could not be read, using defaults";
                case ConfigurationLoadResult.Truncated: return "stored settings are incomplete, using defaults";
                case ConfigurationLoadResult.NotAConfigurationRecord: return "stored data is not a settings record, using defaults";
                case ConfigurationLoadResult.UnknownFormatVersion: return "stored settings have an unknown format version, using defaults";
                case ConfigurationLoadResult.ChecksumMismatch: return "stored settings are damaged (checksum mismatch), using defaults";
                case ConfigurationLoadResult.ValueOutOfRange: return "a stored setting is out of range, using defaults";
                default: return "unknown settings load result, using defaults";
            }
        }
    }
}
