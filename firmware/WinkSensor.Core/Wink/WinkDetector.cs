using WinkSensor.Core.Numerics;

namespace WinkSensor.Core.Wink
{
    /// <summary>
    /// Causal butt-wink alarm for one rep, plus the retrospective onset and magnitude.
    ///
    /// The rep's own reference is the moment of the pelvis's maximum anterior tilt in the descent (the published
    /// event definition). Until the pelvis stops tilting forward the reference follows it, so the gradual lumbar
    /// flexion of a normal (even heavily loaded) descent is absorbed. The rise is:
    ///   two sensors:  lumbopelvic flexion now minus flexion at the reference moment, and the posterior pelvic tilt
    ///                 since then must be at least MinimumPosteriorTiltShareOfThreshold of the threshold;
    ///   pelvis only:  the posterior pelvic tilt since the reference moment.
    /// With both sensors a second rise is measured from the braking moment, the last moment the pelvis still tilted forward
    /// at BrakingShareOfPeakForwardTiltRate of its fastest forward tilt: a wink that starts while the pelvis is still
    /// going forward shows first as the pelvis braking. That rise counts when the posterior tilt reaches the stricter
    /// BrakingMinimumPosteriorTiltShareOfThreshold; the larger of the two rises is compared with the threshold.
    /// A squat wink turns the pelvis low; a stoop, a sit-down or standing up from a chair turns it high: the braking rise,
    /// and in pelvis-only mode the alarm itself, need the reference to lie at least MinimumReferenceDropMeters below
    /// standing.
    /// The alarm fires on the first armed sample whose rise reaches the threshold, once per rep.
    /// The onset is the last moment, from the reference on, that the pelvis was tilting back slower than
    /// OnsetPosteriorTiltRateDegreesPerSecond: a pelvis that holds (or slowly loses) its tilt near depth before tucking
    /// under starts the wink where the tuck starts, not where its forward tilt peaked. See docs/detection.md.
    /// </summary>
    public sealed class WinkDetector
    {
        private readonly WinkDetectorSettings settings;
        private float maximumAnteriorTiltDegrees;
        private float flexionAtReferenceDegrees;
        private float heightAtReferenceMeters;
        private float peakForwardTiltRateDegreesPerSecond;
        private float flexionAtBrakingDegrees;
        private bool ascending;
        private long ascentStartMicroseconds;
        private long lastSlowPelvisMicroseconds;
        private float previousTiltDegrees;
        private long previousMicroseconds;
        private float secondPreviousTiltDegrees;
        private long secondPreviousMicroseconds;
        private bool referenceForgotten;
        private float riseDegrees;
        private float peakRiseDegrees;
        private bool alarmed;
        private long alarmMicroseconds;
        private long onsetMicroseconds;
        private float magnitudeAtAlarmDegrees;
        private long peakOnsetMicroseconds;

        public WinkDetector(WinkDetectorSettings settings)
        {
            this.settings = settings;
            BeginRep(0, 0f, 0f);
        }

        /// <summary>Current rise over the rep's reference, deg (the quantity compared with the threshold).</summary>
        public float RiseDegrees { get { return riseDegrees; } }

        /// <summary>Largest rise so far in this rep, deg: the retrospective wink magnitude.</summary>
        public float PeakRiseDegrees { get { return peakRiseDegrees; } }

        public bool HasAlarmed { get { return alarmed; } }

        public long AlarmMicroseconds { get { return alarmMicroseconds; } }

        /// <summary>Start of the wink: the last moment before the alarm that the pelvis was not yet tucking under (tilting
        /// back slower than the onset rate) since its maximum anterior tilt.</summary>
        public long OnsetMicroseconds { get { return onsetMicroseconds; } }

        /// <summary>Rise at the moment of the alarm, deg.</summary>
        public float MagnitudeAtAlarmDegrees { get { return magnitudeAtAlarmDegrees; } }

        /// <summary>Onset belonging to the largest rise (the retrospective onset when no alarm fired).</summary>
        public long PeakOnsetMicroseconds { get { return peakOnsetMicroseconds; } }

        /// <summary>Starts a new rep with the pelvis's tilt and the flexion at the start of the descent.</summary>
        public void BeginRep(long timeMicroseconds, float sacrumTiltDegrees, float flexionDegrees)
        {
            maximumAnteriorTiltDegrees = sacrumTiltDegrees;
            flexionAtReferenceDegrees = flexionDegrees;
            heightAtReferenceMeters = 0f;
            peakForwardTiltRateDegreesPerSecond = 0f;
            flexionAtBrakingDegrees = flexionDegrees;
            ascending = false;
            ascentStartMicroseconds = timeMicroseconds;
            lastSlowPelvisMicroseconds = timeMicroseconds;
            RestartTiltHistory(timeMicroseconds, sacrumTiltDegrees);
            referenceForgotten = false;
            riseDegrees = 0f;
            peakRiseDegrees = 0f;
            alarmed = false;
            alarmMicroseconds = 0;
            onsetMicroseconds = 0;
            peakOnsetMicroseconds = timeMicroseconds;
            magnitudeAtAlarmDegrees = 0f;
        }

        /// <summary>The pelvis's tilt rate is measured from this sample on (over one and two sample periods).</summary>
        private void RestartTiltHistory(long timeMicroseconds, float sacrumTiltDegrees)
        {
            previousTiltDegrees = sacrumTiltDegrees;
            previousMicroseconds = timeMicroseconds;
            secondPreviousTiltDegrees = sacrumTiltDegrees;
            secondPreviousMicroseconds = timeMicroseconds;
        }

        /// <summary>The rep's ascent starts (the braking rise counts only for BrakingAscentSeconds after this).</summary>
        public void BeginAscent(long timeMicroseconds)
        {
            ascending = true;
            ascentStartMicroseconds = timeMicroseconds;
        }

        /// <summary>
        /// The tilts fed so far were measured about a flexion axis that is now replaced (the provisional axis of a
        /// board facing the skin has the wrong sign): the next sample becomes the reference, and rises measured so far
        /// are dropped.
        /// </summary>
        public void ForgetReference()
        {
            referenceForgotten = true;
            riseDegrees = 0f;
            peakRiseDegrees = 0f;
        }

        /// <summary>
        /// Feeds one sample of the rep; tracking continues while the rep lasts, the alarm only while armed.
        /// pelvisHeightMeters is the live height of the pelvis relative to standing (negative below).
        /// Returns true on the one sample where the alarm fires.
        /// </summary>
        public bool Update(long timeMicroseconds, float sacrumTiltDegrees, float flexionDegrees, float pelvisHeightMeters,
            bool pelvisOnly, bool armed, float thresholdDegrees)
        {
            // Tilted back over the last two sample periods against what the onset rate allows (deg; µs → s).
            float tiltedBack = secondPreviousTiltDegrees - sacrumTiltDegrees;
            float allowed = settings.OnsetPosteriorTiltRateDegreesPerSecond * (timeMicroseconds - secondPreviousMicroseconds) * 1e-6f;
            if (referenceForgotten)
            {
                // The tilts so far were about another axis: the forward tilt rate starts again from this sample.
                peakForwardTiltRateDegreesPerSecond = 0f;
                flexionAtBrakingDegrees = flexionDegrees;
                RestartTiltHistory(timeMicroseconds, sacrumTiltDegrees);
            }
            if (referenceForgotten || sacrumTiltDegrees >= maximumAnteriorTiltDegrees)
            {
                referenceForgotten = false;
                maximumAnteriorTiltDegrees = sacrumTiltDegrees;
                flexionAtReferenceDegrees = flexionDegrees;
                heightAtReferenceMeters = pelvisHeightMeters;
                lastSlowPelvisMicroseconds = timeMicroseconds;
            }
            else if (tiltedBack < allowed)
            {
                lastSlowPelvisMicroseconds = timeMicroseconds;
            }
            TrackBraking(timeMicroseconds, sacrumTiltDegrees, flexionDegrees);
            secondPreviousTiltDegrees = previousTiltDegrees;
            secondPreviousMicroseconds = previousMicroseconds;
            previousTiltDegrees = sacrumTiltDegrees;
            previousMicroseconds = timeMicroseconds;
            float posteriorTilt = maximumAnteriorTiltDegrees - sacrumTiltDegrees;
            bool turnedLow = heightAtReferenceMeters <= -settings.MinimumReferenceDropMeters;
            if (pelvisOnly)
            {
                riseDegrees = posteriorTilt;
                if (!turnedLow) armed = false;
            }
            else
            {
                riseDegrees = RiseWithPosteriorTilt(flexionDegrees - flexionAtReferenceDegrees, posteriorTilt,
                    settings.MinimumPosteriorTiltShareOfThreshold);
                bool braking = !ascending
                    || (timeMicroseconds - ascentStartMicroseconds) * 1e-6f <= settings.BrakingAscentSeconds;
                if (turnedLow && braking)
                    riseDegrees = FloatMath.Max(riseDegrees, RiseWithPosteriorTilt(
                        flexionDegrees - FloatMath.Min(flexionAtReferenceDegrees, flexionAtBrakingDegrees),
                        posteriorTilt, settings.BrakingMinimumPosteriorTiltShareOfThreshold));
            }
            if (!armed) return false;
            if (riseDegrees > peakRiseDegrees)
            {
                peakRiseDegrees = riseDegrees;
                peakOnsetMicroseconds = lastSlowPelvisMicroseconds;
            }
            if (alarmed || riseDegrees < thresholdDegrees) return false;
            alarmed = true;
            alarmMicroseconds = timeMicroseconds;
            onsetMicroseconds = lastSlowPelvisMicroseconds;
            magnitudeAtAlarmDegrees = riseDegrees;
            return true;
        }

        /// <summary>Keeps the flexion at the last moment the pelvis tilted forward at the braking share of its peak rate.</summary>
        private void TrackBraking(long timeMicroseconds, float sacrumTiltDegrees, float flexionDegrees)
        {
            long span = timeMicroseconds - secondPreviousMicroseconds;
            if (span <= 0) return;
            float forwardRate = (sacrumTiltDegrees - secondPreviousTiltDegrees) * 1e6f / span;
            if (forwardRate > peakForwardTiltRateDegreesPerSecond) peakForwardTiltRateDegreesPerSecond = forwardRate;
            if (forwardRate >= settings.BrakingShareOfPeakForwardTiltRate * peakForwardTiltRateDegreesPerSecond)
                flexionAtBrakingDegrees = flexionDegrees;
        }

        /// <summary>The flexion rise, limited to what the posterior pelvic tilt allows: equivalent to requiring
        /// posteriorTilt >= share * threshold once the flexion rise reaches the threshold.</summary>
        private static float RiseWithPosteriorTilt(float flexionRiseDegrees, float posteriorTiltDegrees, float share)
        {
            return share > 0f ? FloatMath.Min(flexionRiseDegrees, posteriorTiltDegrees / share) : flexionRiseDegrees;
        }
    }
}
