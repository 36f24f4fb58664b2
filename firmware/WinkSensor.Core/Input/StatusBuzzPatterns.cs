namespace WinkSensor.Core.Input
{
    /// <summary>
    /// Motor rhythms for device messages, ms on/off, played once. They differ in rhythm from the wink alarms
    /// (one long buzz, two short, three quick) because torso skin tells rhythms apart far better than strengths.
    /// </summary>
    public static class StatusBuzzPatterns
    {
        /// <summary>Low battery: two long buzzes with a long gap (long-long).</summary>
        public static readonly OnOffPattern LowBattery = new OnOffPattern(new int[] { 600, 400, 600 }, false);

        /// <summary>Long press recognised, recalibration starts: one short tick, then stand still.</summary>
        public static readonly OnOffPattern RecalibrationStarted = new OnOffPattern(new int[] { 120 }, false);

        /// <summary>Wink buzz switched on: short-long.</summary>
        public static readonly OnOffPattern BuzzEnabled = new OnOffPattern(new int[] { 120, 150, 400 }, false);

        /// <summary>Wink buzz switched off: a single very short tick, the last buzz until it is switched on again.</summary>
        public static readonly OnOffPattern BuzzDisabled = new OnOffPattern(new int[] { 60 }, false);
    }
}
