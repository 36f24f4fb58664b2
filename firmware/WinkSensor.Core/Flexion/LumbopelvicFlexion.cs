namespace WinkSensor.Core.Flexion
{
    /// <summary>
    /// Lumbopelvic flexion from the two segments' sagittal tilts (forward positive, zero at the standing calibration).
    /// </summary>
    public static class LumbopelvicFlexion
    {
        /// <summary>
        /// Relative angle between the thoracolumbar and sacral segments, deg. Lumbar rounding tilts the thoracolumbar
        /// segment forward relative to the sacrum (or the sacrum backward under it), so rounding is positive.
        /// </summary>
        public static float FromSegmentTilts(float thoracolumbarTiltDegrees, float sacrumTiltDegrees)
        {
            return thoracolumbarTiltDegrees - sacrumTiltDegrees;
        }
    }
}
