namespace WinkSensor.Core.Wink
{
    /// <summary>Settings of the wink detector besides the wearer's threshold (which lives in DeviceConfiguration).</summary>
    public sealed class WinkDetectorSettings
    {
        /// <summary>
        /// With both sensors, the alarm also needs the pelvis itself to have tilted back from its maximum anterior tilt
        /// by at least this share of the threshold. A wink is the pelvis tucking under; lumbar flexion that comes only
        /// from the trunk leaning on after the pelvis stopped is the gradual flexion of a heavy squat. Default 0.5.
        /// </summary>
        public float MinimumPosteriorTiltShareOfThreshold = 0.5f;

        /// <summary>
        /// With both sensors the alarm stays armed this long into the ascent, s: a wink may peak just after the
        /// turn. Rising unrounds the lumbar spine, so the flexion rise cannot grow there in a clean rep. Pelvis-only
        /// mode is disarmed at the turn, because the pelvis alone tilts back as the wearer rises. Default 0.25.
        /// </summary>
        public float AscentArmedSeconds = 0.25f;

        /// <summary>
        /// The wink's onset is the last moment before the alarm that the pelvis was tilting back slower than this,
        /// deg/s (measured over two sample periods). Near depth the pelvis's forward tilt levels off and may drift back
        /// a little before it tucks under, so its maximum anterior tilt can come a few tenths of a second before the
        /// wink; a tuck is tens of deg/s. Default 2.
        /// </summary>
        public float OnsetPosteriorTiltRateDegreesPerSecond = 2f;
    }
}
