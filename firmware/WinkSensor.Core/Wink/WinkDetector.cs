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
    /// The alarm fires on the first armed sample whose rise reaches the threshold, once per rep.
    /// See docs/detection.md.
    /// </summary>
    public sealed class WinkDetector
    {
        private readonly WinkDetectorSettings settings;
        private float maximumAnteriorTiltDegrees;
        private float flexionAtReferenceDegrees;
        private long referenceMicroseconds;
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

        /// <summary>Start of the wink: when the pelvis reached its maximum anterior tilt before the alarm.</summary>
        public long OnsetMicroseconds { get { return onsetMicroseconds; } }

        /// <summary>Rise at the moment of the alarm, deg.</summary>
        public float MagnitudeAtAlarmDegrees { get { return magnitudeAtAlarmDegrees; } }

        /// <summary>Starts a new rep with the pelvis's tilt and the flexion at the start of the descent.</summary>
        public void BeginRep(long timeMicroseconds, float sacrumTiltDegrees, float flexionDegrees)
        {
            maximumAnteriorTiltDegrees = sacrumTiltDegrees;
            flexionAtReferenceDegrees = flexionDegrees;
            referenceMicroseconds = timeMicroseconds;
            riseDegrees = 0f;
            peakRiseDegrees = 0f;
            alarmed = false;
            alarmMicroseconds = 0;
            onsetMicroseconds = 0;
            peakOnsetMicroseconds = timeMicroseconds;
            magnitudeAtAlarmDegrees = 0f;
        }

        /// <summary>
        /// Feeds one sample of the rep; tracking continues while the rep lasts, the alarm only while armed.
        /// Returns true on the one sample where the alarm fires.
        /// </summary>
        public bool Update(long timeMicroseconds, float sacrumTiltDegrees, float flexionDegrees, bool pelvisOnly,
            bool armed, float thresholdDegrees)
        {
            if (sacrumTiltDegrees >= maximumAnteriorTiltDegrees)
            {
                maximumAnteriorTiltDegrees = sacrumTiltDegrees;
                flexionAtReferenceDegrees = flexionDegrees;
                referenceMicroseconds = timeMicroseconds;
            }
            float posteriorTilt = maximumAnteriorTiltDegrees - sacrumTiltDegrees;
            if (pelvisOnly)
            {
                riseDegrees = posteriorTilt;
            }
            else
            {
                float flexionRise = flexionDegrees - flexionAtReferenceDegrees;
                float share = settings.MinimumPosteriorTiltShareOfThreshold;
                // Equivalent to requiring posteriorTilt >= share * threshold once flexionRise >= threshold.
                riseDegrees = share > 0f ? FloatMath.Min(flexionRise, posteriorTilt / share) : flexionRise;
            }
            if (!armed) return false;
            if (riseDegrees > peakRiseDegrees)
            {
                peakRiseDegrees = riseDegrees;
                peakOnsetMicroseconds = referenceMicroseconds;
            }
            if (alarmed || riseDegrees < thresholdDegrees) return false;
            alarmed = true;
            alarmMicroseconds = timeMicroseconds;
            onsetMicroseconds = referenceMicroseconds;
            magnitudeAtAlarmDegrees = riseDegrees;
            return true;
        }

        /// <summary>Reference moment belonging to the largest rise (the retrospective onset when no alarm fired).</summary>
        public long PeakOnsetMicroseconds { get { return peakOnsetMicroseconds; } }
    }
}
