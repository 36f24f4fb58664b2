namespace WinkSensor.Core.Power
{
    /// <summary>
    /// Battery charge from the resting voltage of one lithium-polymer cell, by straight lines between the points of
    /// the widely circulated 1S resting-voltage chart (e.g. blog.ampow.com/lipo-voltage-chart): 4.20 V = 100 %,
    /// 3.84 V = 50 %, 3.73 V = 20 %, 3.27 V = 0 %. It is a typical curve, not one measured on our cell: cells, age and
    /// temperature move it by several percent, and under load the voltage sags, so read the battery with the motor
    /// off and smooth the readings (BatteryMonitor does).
    /// </summary>
    public static class LithiumPolymerDischargeCurve
    {
        // Ascending voltage, V, and the matching charge, %.
        private static readonly float[] CurveVolts =
        {
            3.27f, 3.61f, 3.69f, 3.71f, 3.73f, 3.75f, 3.77f, 3.79f, 3.80f, 3.82f, 3.84f,
            3.85f, 3.87f, 3.91f, 3.95f, 3.98f, 4.02f, 4.08f, 4.11f, 4.15f, 4.20f,
        };

        private static readonly float[] CurvePercent =
        {
            0f, 5f, 10f, 15f, 20f, 25f, 30f, 35f, 40f, 45f, 50f,
            55f, 60f, 65f, 70f, 75f, 80f, 85f, 90f, 95f, 100f,
        };

        /// <summary>Charge in percent (0..100) for a resting cell voltage in volts; clamps outside the curve.</summary>
        public static float PercentFromVolts(float volts)
        {
            if (!(volts > CurveVolts[0])) return 0f;
            int last = CurveVolts.Length - 1;
            if (volts >= CurveVolts[last]) return 100f;
            int upper = 1;
            while (CurveVolts[upper] < volts) upper++;
            float fraction = (volts - CurveVolts[upper - 1]) / (CurveVolts[upper] - CurveVolts[upper - 1]);
            return CurvePercent[upper - 1] + fraction * (CurvePercent[upper] - CurvePercent[upper - 1]);
        }
    }
}
