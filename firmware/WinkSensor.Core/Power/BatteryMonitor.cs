namespace WinkSensor.Core.Power
{
    /// <summary>
    /// Turns battery-voltage readings into a smoothed charge estimate and low/critical warnings with hysteresis.
    /// Feed it a reading about once a second, taken while the motor is off. Allocation-free.
    /// </summary>
    public sealed class BatteryMonitor
    {
        private readonly BatterySettings settings;
        private bool hasReading;
        private float smoothedVolts;
        private bool low;
        private bool critical;

        public BatteryMonitor(BatterySettings settings)
        {
            this.settings = settings;
        }

        /// <summary>Smoothed battery voltage, V (0 before the first reading).</summary>
        public float Volts { get { return smoothedVolts; } }

        /// <summary>Estimated charge, %, from the smoothed voltage.</summary>
        public float Percent { get { return LithiumPolymerDischargeCurve.PercentFromVolts(smoothedVolts); } }

        public bool IsLow { get { return low; } }

        public bool IsCritical { get { return critical; } }

        /// <summary>Battery volts from a raw ADC reading: counts over full scale, times the ADC's full-scale volts,
        /// times the divider ratio (battery volts per volt at the pin, e.g. 2 for two equal resistors).</summary>
        public static float VoltsFromAdc(int counts, int fullScaleCounts, float fullScaleVolts, float dividerRatio)
        {
            return counts * fullScaleVolts * dividerRatio / fullScaleCounts;
        }

        public BatteryEvent Update(float batteryVolts)
        {
            if (!(batteryVolts > 0f)) return BatteryEvent.None;
            if (!hasReading)
            {
                smoothedVolts = batteryVolts;
                hasReading = true;
            }
            else
            {
                smoothedVolts += settings.SmoothingWeight * (batteryVolts - smoothedVolts);
            }

            float percent = Percent;
            if (!critical && percent <= settings.CriticalPercent)
            {
                critical = true;
                low = true;
                return BatteryEvent.BecameCritical;
            }
            if (!low && percent <= settings.LowPercent)
            {
                low = true;
                return BatteryEvent.BecameLow;
            }
            if (low && percent >= settings.RecoveredPercent)
            {
                low = false;
                critical = false;
                return BatteryEvent.Recovered;
            }
            return BatteryEvent.None;
        }
    }
}
