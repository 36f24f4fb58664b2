namespace WinkSensor.Core.Runtime
{
    /// <summary>
    /// The rhythm of each buzz pattern: alternating on and off durations in ms, starting with on.
    /// Distinct rhythms, not intensities, because torso skin tells strengths apart poorly.
    /// </summary>
    public static class HapticPatterns
    {
        private static readonly int[] WinkLongMilliseconds = new int[] { 400 };
        private static readonly int[] WinkDoubleMilliseconds = new int[] { 150, 100, 150 };
        private static readonly int[] WinkTripleMilliseconds = new int[] { 80, 60, 80, 60, 80 };
        private static readonly int[] CalibratedMilliseconds = new int[] { 60, 120, 60 };
        private static readonly int[] FaultMilliseconds = new int[] { 600, 200, 150, 200, 600 };
        private static readonly int[] AccelerometerFaceCapturedMilliseconds = new int[] { 150 };
        private static readonly int[] AccelerometerCalibrationCompleteMilliseconds = new int[] { 100, 100, 100, 100, 600 };

        /// <summary>On/off durations of a pattern, ms; the same array every call (do not modify).</summary>
        public static int[] DurationsMilliseconds(HapticPatternKind kind)
        {
            switch (kind)
            {
                case HapticPatternKind.WinkDouble: return WinkDoubleMilliseconds;
                case HapticPatternKind.WinkTriple: return WinkTripleMilliseconds;
                case HapticPatternKind.Calibrated: return CalibratedMilliseconds;
                case HapticPatternKind.Fault: return FaultMilliseconds;
                case HapticPatternKind.AccelerometerFaceCaptured: return AccelerometerFaceCapturedMilliseconds;
                case HapticPatternKind.AccelerometerCalibrationComplete: return AccelerometerCalibrationCompleteMilliseconds;
                default: return WinkLongMilliseconds;
            }
        }
    }
}
