namespace WinkSensor.Core.Runtime
{
    /// <summary>Why a configuration value was rejected. Values are fixed: they travel in the protocol.</summary>
    public enum ConfigurationError : byte
    {
        None = 0,
        WinkThresholdOutOfRange = 1,
        UnknownHapticPattern = 2,
        IdleSleepOutOfRange = 3,
        LiveAngleRateOutOfRange = 4,
        UnknownSetting = 5,
        MalformedValue = 6,
    }
}
