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

        public void CopyFrom(RepRecord other)
        {
            RepNumber = other.RepNumber;
            StartMicroseconds = other.StartMicroseconds;
            BottomMicroseconds = other.BottomMicroseconds;
            EndMicroseconds = other.EndMicroseconds;
            PeakFlexionDegrees = other.PeakFlexionDegrees;
            Wink = other.Wink;
            PelvisOnly = other.PelvisOnly;
        }
    }
}
