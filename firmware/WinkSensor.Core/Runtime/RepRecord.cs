namespace WinkSensor.Core.Runtime
{
    /// <summary>One completed squat rep. Reused by the runtime: copy what you keep before the next sample.</summary>
    public sealed class RepRecord
    {
        /// <summary>1-based count since calibration.</summary>
        public int RepNumber;
        public long StartMicroseconds;
        public long BottomMicroseconds;
        public long EndMicroseconds;
        /// <summary>Largest lumbopelvic flexion in the rep, deg, positive = lumbar rounding.
        /// In pelvis-only mode: largest posterior pelvic tilt against the descent's maximum anterior tilt.</summary>
        public float PeakFlexionDegrees;
        public bool Wink;
        /// <summary>True when the rep was measured with the sacrum sensor alone (thoracolumbar absent or failed).</summary>
        public bool PelvisOnly;
        /// <summary>Retrospective wink onset, µs (meaningful when Wink is true).</summary>
        public long WinkOnsetMicroseconds;
        /// <summary>Retrospective wink magnitude: the largest rise over the rep's own reference, deg (also set without an alarm).</summary>
        public float WinkMagnitudeDegrees;
        /// <summary>Vertical drop of the sacrum sensor from standing to the lowest point of the rep, m (NaN when not
        /// measured: a rep longer than the vertical-motion buffer).</summary>
        public float DepthMeters;
        /// <summary>Mean upward speed of the sacrum over the concentric phase (ascent), m/s; NaN when not measured.</summary>
        public float MeanConcentricVelocityMetersPerSecond;
        /// <summary>Largest upward speed of the sacrum in the ascent, m/s; NaN when not measured.</summary>
        public float PeakConcentricVelocityMetersPerSecond;
        /// <summary>How far the sacrum was below standing at the wink onset, cm; NaN without a wink.</summary>
        public float WinkOnsetDepthCentimetres;
        /// <summary>Wink onset depth over the rep's depth (0 = standing, 1 = the lowest point); NaN without a wink.</summary>
        public float WinkOnsetFractionOfDepth;

        public void CopyFrom(RepRecord other)
        {
            RepNumber = other.RepNumber;
            StartMicroseconds = other.StartMicroseconds;
            BottomMicroseconds = other.BottomMicroseconds;
            EndMicroseconds = other.EndMicroseconds;
            PeakFlexionDegrees = other.PeakFlexionDegrees;
            Wink = other.Wink;
            PelvisOnly = other.PelvisOnly;
            WinkOnsetMicroseconds = other.WinkOnsetMicroseconds;
            WinkMagnitudeDegrees = other.WinkMagnitudeDegrees;
            DepthMeters = other.DepthMeters;
            MeanConcentricVelocityMetersPerSecond = other.MeanConcentricVelocityMetersPerSecond;
            PeakConcentricVelocityMetersPerSecond = other.PeakConcentricVelocityMetersPerSecond;
            WinkOnsetDepthCentimetres = other.WinkOnsetDepthCentimetres;
            WinkOnsetFractionOfDepth = other.WinkOnsetFractionOfDepth;
        }
    }
}
