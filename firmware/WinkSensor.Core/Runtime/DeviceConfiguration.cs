namespace WinkSensor.Core.Runtime
{
    /// <summary>
    /// What the wearer can change. Setters validate and answer a ConfigurationError instead of throwing, so a bad
    /// write over the radio is rejected with a code and the device keeps running on its previous value.
    /// </summary>
    public sealed class DeviceConfiguration
    {
        public const float MinimumWinkThresholdDegrees = 3f;
        public const float MaximumWinkThresholdDegrees = 30f;
        /// <summary>Default alarm threshold, deg of flexion rise over the rep's own reference (see docs/detection.md).</summary>
        public const float DefaultWinkThresholdDegrees = 6f;
        public const int MaximumIdleSleepMinutes = 240;
        public const int DefaultIdleSleepMinutes = 10;
        public const int MinimumLiveAngleRateHertz = 1;
        public const int MaximumLiveAngleRateHertz = 50;
        public const int DefaultLiveAngleRateHertz = 25;

        private float winkThresholdDegrees = DefaultWinkThresholdDegrees;
        private bool buzzEnabled = true;
        private HapticPatternKind winkPattern = HapticPatternKind.WinkLong;
        private int idleSleepMinutes = DefaultIdleSleepMinutes;
        private int liveAngleRateHertz = DefaultLiveAngleRateHertz;

        /// <summary>Flexion rise over the rep's reference that raises the alarm, deg.</summary>
        public float WinkThresholdDegrees { get { return winkThresholdDegrees; } }

        public bool BuzzEnabled { get { return buzzEnabled; } }

        public HapticPatternKind WinkPattern { get { return winkPattern; } }

        /// <summary>Minutes without motion and without a connection before the device sleeps; 0 = never.</summary>
        public int IdleSleepMinutes { get { return idleSleepMinutes; } }

        /// <summary>Rate of the live-angle stream, Hz.</summary>
        public int LiveAngleRateHertz { get { return liveAngleRateHertz; } }

        public ConfigurationError SetWinkThresholdDegrees(float degrees)
        {
            // NaN fails both comparisons, so it is rejected too.
            if (!(degrees >= MinimumWinkThresholdDegrees && degrees <= MaximumWinkThresholdDegrees))
                return ConfigurationError.WinkThresholdOutOfRange;
            winkThresholdDegrees = degrees;
            return ConfigurationError.None;
        }

        public ConfigurationError SetBuzzEnabled(bool enabled)
        {
            buzzEnabled = enabled;
            return ConfigurationError.None;
        }

        public ConfigurationError SetWinkPattern(int pattern)
        {
            if (pattern < (int)HapticPatternKind.WinkLong || pattern > (int)HapticPatternKind.WinkTriple)
                return ConfigurationError.UnknownHapticPattern;
            winkPattern = (HapticPatternKind)pattern;
            return ConfigurationError.None;
        }

        public ConfigurationError SetIdleSleepMinutes(int minutes)
        {
            if (minutes < 0 || minutes > MaximumIdleSleepMinutes) return ConfigurationError.IdleSleepOutOfRange;
            idleSleepMinutes = minutes;
            return ConfigurationError.None;
        }

        public ConfigurationError SetLiveAngleRateHertz(int hertz)
        {
            if (hertz < MinimumLiveAngleRateHertz || hertz > MaximumLiveAngleRateHertz) return ConfigurationError.LiveAngleRateOutOfRange;
            liveAngleRateHertz = hertz;
            return ConfigurationError.None;
        }

        public void CopyFrom(DeviceConfiguration other)
        {
            winkThresholdDegrees = other.winkThresholdDegrees;
            buzzEnabled = other.buzzEnabled;
            winkPattern = other.winkPattern;
            idleSleepMinutes = other.idleSleepMinutes;
            liveAngleRateHertz = other.liveAngleRateHertz;
        }
    }
}
