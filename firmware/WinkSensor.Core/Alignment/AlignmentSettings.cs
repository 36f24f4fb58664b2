namespace WinkSensor.Core.Alignment
{
    /// <summary>Settings of the standing calibration and the flexion-axis search; units in the names, defaults below.</summary>
    public sealed class AlignmentSettings
    {
        /// <summary>How long the wearer must stand still to calibrate, s. Default 2.</summary>
        public float StandingStillSeconds = 2f;

        /// <summary>Largest deviation of one acceleration sample from the mean of the still stretch, g. Default 0.05
        /// (MPU-6050 noise is about 0.004 g rms; quiet standing sway stays well inside).</summary>
        public float StillAccelerationToleranceG = 0.05f;

        /// <summary>Largest deviation of one angular-rate sample from the mean of the still stretch, deg/s. Default 4.
        /// Compared with the mean, not with zero, so a large gyroscope offset at power-up does not block calibration.</summary>
        public float StillAngularRateToleranceDegreesPerSecond = 4f;

        /// <summary>Accepted range of the mean acceleration magnitude while still, g. Defaults 0.85 and 1.15.</summary>
        public float MinimumStillAccelerationG = 0.85f;
        public float MaximumStillAccelerationG = 1.15f;

        /// <summary>A motion must tilt a segment at least this far before it may set the flexion axis, deg. Default 10.</summary>
        public float MinimumSwingForAxisDegrees = 10f;

        /// <summary>
        /// While the flexion axis is still the provisional one, a backward tilt beyond this about it turns the axis round,
        /// deg. Default 3. The provisional axis assumes the board's z axis points out of the skin; for a board facing the
        /// skin it reads a forward lean as a backward one (up to 20 deg of flexion error in the first descent, before
        /// 10 deg of swing sets the axis from the motion). Squats and bends tilt forward, and standing sway stays within
        /// tenths of a degree, so the first clear tilt fixes the sign. A real backward lean before the first squat turns it
        /// wrongly, which the first descent's swing corrects as before.
        /// </summary>
        public float ProvisionalAxisTurnDegrees = 3f;

        /// <summary>Seconds without a successful calibration before CalibrationFailed is reported. Default 20.</summary>
        public float CalibrationTimeoutSeconds = 20f;
    }
}
