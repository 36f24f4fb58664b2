namespace WinkSensor.Core.Kinematics
{
    /// <summary>Depth and speed of one rep, measured from the sacrum. NaN where not measured (rep too long).</summary>
    public sealed class RepKinematics
    {
        /// <summary>Largest drop of the sacrum below its standing height, cm (positive).</summary>
        public float DepthCentimetres = float.NaN;

        /// <summary>Mean upward speed of the sacrum from the lowest point until the ascent ends, m/s.</summary>
        public float MeanConcentricVelocityMetersPerSecond = float.NaN;

        /// <summary>Largest upward speed of the sacrum during the ascent, m/s.</summary>
        public float PeakConcentricVelocityMetersPerSecond = float.NaN;

        /// <summary>Lowest point of the sacrum, microseconds (device clock).</summary>
        public long LowestPointMicroseconds;

        public bool IsMeasured { get { return !float.IsNaN(DepthCentimetres); } }

        public void Clear()
        {
            DepthCentimetres = float.NaN;
            MeanConcentricVelocityMetersPerSecond = float.NaN;
            PeakConcentricVelocityMetersPerSecond = float.NaN;
            LowestPointMicroseconds = 0;
        }
    }
}
