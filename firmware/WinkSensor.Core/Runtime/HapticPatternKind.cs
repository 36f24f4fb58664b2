namespace WinkSensor.Core.Runtime
{
    /// <summary>
    /// Buzz patterns. Torso skin tells vibration strengths apart poorly, so each message has its own rhythm,
    /// never its own intensity. Values are fixed: they travel in the protocol.
    /// </summary>
    public enum HapticPatternKind : byte
    {
        /// <summary>Wink alarm: one long buzz, felt at once inside the rep.</summary>
        WinkLong = 0,
        /// <summary>Wink alarm, alternative: two short buzzes.</summary>
        WinkDouble = 1,
        /// <summary>Wink alarm, alternative: three quick pulses.</summary>
        WinkTriple = 2,
    }
}
