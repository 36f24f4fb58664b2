namespace WinkSensor.Core.Input
{
    /// <summary>
    /// LED rhythms, ms on/off. Each status has its own rhythm so a single LED can tell them apart:
    /// calibrating = fast even blink, 5 per second (stand still); ready = one short flash every 2 s (advertising, not connected);
    /// connected = two short flashes every 2 s; low battery = slow even blink (1 s on, 1 s off);
    /// fault = three quick flashes then a pause; six-position accelerometer calibration = mostly lit, dark for 0.3 s each second.
    /// </summary>
    public static class StatusLedPatterns
    {
        public static readonly OnOffPattern Calibrating = new OnOffPattern(new int[] { 100, 100 }, true);
        public static readonly OnOffPattern Ready = new OnOffPattern(new int[] { 80, 1920 }, true);
        public static readonly OnOffPattern Connected = new OnOffPattern(new int[] { 80, 160, 80, 1680 }, true);
        public static readonly OnOffPattern LowBattery = new OnOffPattern(new int[] { 1000, 1000 }, true);
        public static readonly OnOffPattern Fault = new OnOffPattern(new int[] { 80, 120, 80, 120, 80, 1520 }, true);
        public static readonly OnOffPattern AccelerometerCalibrating = new OnOffPattern(new int[] { 700, 300 }, true);

        /// <summary>The rhythm for a status; null for Off.</summary>
        public static OnOffPattern For(LedStatus status)
        {
            switch (status)
            {
                case LedStatus.Calibrating: return Calibrating;
                case LedStatus.Ready: return Ready;
                case LedStatus.Connected: return Connected;
                case LedStatus.LowBattery: return LowBattery;
                case LedStatus.Fault: return Fault;
                case LedStatus.AccelerometerCalibrating: return AccelerometerCalibrating;
                default: return null;
            }
        }

        /// <summary>Which status wins when several hold: a fault hides everything, then calibration (the wearer must
        /// stand still), then low battery, then the link state.</summary>
        public static LedStatus Select(bool fault, bool calibrating, bool lowBattery, bool connected)
        {
            return Select(fault, false, calibrating, lowBattery, connected);
        }

        /// <summary>As the other Select, with the six-position accelerometer calibration just below a fault (the
        /// standing calibration waits for it to end).</summary>
        public static LedStatus Select(bool fault, bool accelerometerCalibrating, bool calibrating, bool lowBattery, bool connected)
        {
            if (fault) return LedStatus.Fault;
            if (accelerometerCalibrating) return LedStatus.AccelerometerCalibrating;
            if (calibrating) return LedStatus.Calibrating;
            if (lowBattery) return LedStatus.LowBattery;
            return connected ? LedStatus.Connected : LedStatus.Ready;
        }
    }
}
