using WinkSensor.Core.Runtime;

namespace WinkSensor.Core.Protocol
{
    /// <summary>
    /// The answer to a command or configuration write. 1-31 are the ConfigurationError values (same numbers, so a
    /// ConfigurationError casts to its ResultCode); 32 and up are protocol errors. Values are fixed: they travel in the protocol.
    /// </summary>
    public enum ResultCode : byte
    {
        Success = 0,
        WinkThresholdOutOfRange = ConfigurationError.WinkThresholdOutOfRange,
        UnknownHapticPattern = ConfigurationError.UnknownHapticPattern,
        IdleSleepOutOfRange = ConfigurationError.IdleSleepOutOfRange,
        LiveAngleRateOutOfRange = ConfigurationError.LiveAngleRateOutOfRange,
        UnknownSetting = ConfigurationError.UnknownSetting,
        MalformedValue = ConfigurationError.MalformedValue,

        /// <summary>The command code is not one the device knows.</summary>
        UnknownCommand = 32,
        /// <summary>The frame is shorter or longer than its type's layout.</summary>
        BadLength = 33,
        /// <summary>The frame's layout version is not the device's.</summary>
        BadVersion = 34,
        /// <summary>Commands and configuration writes need an encrypted link to a bonded host.</summary>
        NotBondedOrNotEncrypted = 35,
        /// <summary>The device cannot do it now (for example recalibrating in the middle of a rep); try again later.</summary>
        Busy = 36,
        /// <summary>The host sent a frame type the device does not accept.</summary>
        UnknownFrameType = 37,
        /// <summary>A resend was asked from after a sequence the device never issued: it has restarted since (see the boot id).</summary>
        SequenceNotIssued = 38,
        /// <summary>The command's argument is out of its range.</summary>
        BadArgument = 39,
    }
}
