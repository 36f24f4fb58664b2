namespace WinkSensor.Core.Power
{
    /// <summary>Battery warning levels. The gap between low and recovered keeps a cell hovering at the threshold
    /// (voltage wanders with load and temperature) from toggling the warning on and off.</summary>
    public sealed class BatterySettings
    {
        /// <summary>Charge at or below which the low-battery warning starts, % (default 15).</summary>
        public float LowPercent = 15f;

        /// <summary>Charge at or above which a low warning clears again, % (default 20, i.e. 5 points of hysteresis).</summary>
        public float RecoveredPercent = 20f;

        /// <summary>Charge at or below which the device must sleep to protect the cell, % (default 3, about 3.5 V).</summary>
        public float CriticalPercent = 3f;

        /// <summary>Weight of a new reading in the running average, 0..1 (default 0.2: readings are taken about once
        /// a second, so the average follows a real change within about 10 s).</summary>
        public float SmoothingWeight = 0.2f;
    }
}
