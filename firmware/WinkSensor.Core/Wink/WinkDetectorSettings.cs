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
        /// A wink that starts while the pelvis is still tilting forward first shows as the pelvis slowing down: with
        /// both sensors the flexion rise is also measured from the last moment the pelvis tilted forward at least this
        /// share of its fastest forward tilt in the descent (its rate over two sample periods, deg/s), so the rounding
        /// that happened while the pelvis was braking counts too. Default 0.5.
        /// </summary>
        public float BrakingShareOfPeakForwardTiltRate = 0.5f;

        /// <summary>
        /// The rise measured from the braking moment (BrakingShareOfPeakForwardTiltRate) also counts only when the
        /// pelvis has tilted back from its maximum anterior tilt by at least this share of the threshold: stricter than
        /// MinimumPosteriorTiltShareOfThreshold, because that rise includes normal descent rounding, and in a wink the
        /// pelvis tilts back at least as far as the lumbar spine flexes. Default 0.85.
        /// </summary>
        public float BrakingMinimumPosteriorTiltShareOfThreshold = 0.85f;

        /// <summary>
        /// The braking rise counts only this long into the ascent, s. It includes the descent's normal rounding, and
        /// once the wearer rises the pelvis tilts back anyway, which meets its posterior-tilt condition; the
        /// threshold-sized winks of fast reps cross at the turn. Default 0.1.
        /// </summary>
        public float BrakingAscentSeconds = 0.1f;

        /// <summary>
        /// With both sensors the alarm stays armed this long into the ascent, s: a wink may peak just after the
        /// turn. Rising unrounds the lumbar spine, so the flexion rise cannot grow there in a clean rep. Pelvis-only
        /// mode is disarmed at the turn, because the pelvis alone tilts back as the wearer rises. Default 0.25.
        /// </summary>
        public float AscentArmedSeconds = 0.25f;

        /// <summary>
        /// A squat wink turns the pelvis near depth; bending over (the pelvis barely drops), standing up from a chair
        /// (it rises) and sitting down (it turns back upright in the first 10 cm of the drop, long before the seat) turn
        /// it high. The pelvis must reach its maximum anterior tilt (the rise's reference) at least this far below
        /// standing, m (the live height estimate), for the alarm to be armed in pelvis-only mode, where nothing else
        /// tells those motions' tilt back from a wink, and for the braking rise (BrakingShareOfPeakForwardTiltRate) to
        /// count with both sensors. Default 0.15, the smallest squat depth the rep segmenter accepts.
        /// </summary>
        public float MinimumReferenceDropMeters = 0.15f;

        /// <summary>
        /// The wink's onset is the last moment before the alarm that the pelvis was tilting back slower than this,
        /// deg/s (measured over two sample periods). Near depth the pelvis's forward tilt levels off and may drift back
        /// a little before it tucks under, so its maximum anterior tilt can come a few tenths of a second before the
        /// wink; a tuck is tens of deg/s. Default 2.
        /// </summary>
        public float OnsetPosteriorTiltRateDegreesPerSecond = 2f;
    }
}
