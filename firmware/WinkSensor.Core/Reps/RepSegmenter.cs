using WinkSensor.Core.Kinematics;
using WinkSensor.Core.Numerics;
using WinkSensor.Core.Runtime;

namespace WinkSensor.Core.Reps
{
    /// <summary>
    /// Splits the motion into squat reps: standing -> descent -> bottom -> ascent -> standing.
    ///
    /// A candidate starts when either segment tilts away from standing or the pelvis drops. The pelvis's vertical
    /// speed and drop are the live estimate of the shared SacrumVerticalMotion (the same estimator that measures each
    /// rep's depth and speed), which this segmenter pulls to zero wherever the speed is known to be near zero
    /// (standing, still, the bottom), so drift stays small. It also tells the estimator where each rep starts and ends.
    /// The candidate becomes a rep only if the pelvis dropped at least MinimumSquatDepthMeters, rose again at least
    /// MinimumRiseMeters and the wearer ends upright. A bend to pick something up drops the pelvis too little or
    /// tilts the trunk too far; sitting down stays low with the trunk upright and the pelvis tilted back; walking
    /// neither drops the pelvis nor tilts the segments enough. See docs/detection.md.
    /// </summary>
    public sealed class RepSegmenter
    {
        private readonly RepSegmenterSettings settings;
        private readonly SacrumVerticalMotion verticalMotion;
        private readonly RepKinematics kinematics = new RepKinematics();
        private SquatPhase phase;
        private int repCount;
        private float lowestHeight;
        private float bottomHeight;
        private long lowestMicroseconds;
        private long phaseStartMicroseconds;
        private long lastNearStandingMicroseconds;
        private long quietSinceMicroseconds;
        private long seatedSinceMicroseconds;
        private bool quiet;
        private bool wasStill;
        private long stillSinceMicroseconds;
        private bool seated;
        private bool repStartPending;
        private bool measurementPending;
        private bool measuredNow;
        /// <summary>The tilt may start a new candidate: false from a rep's end until both segments are back within
        /// DescentTriggerTiltDegrees or the rep has been measured.</summary>
        private bool tiltTriggerArmed;
        private long completedMicroseconds;
        /// <summary>Largest forward tilt of the trunk (thoracolumbar) since the candidate began, deg.</summary>
        private float largestTrunkTiltDegrees;
        /// <summary>Largest forward tilt of the pelvis (sacrum) since the candidate began, deg.</summary>
        private float largestPelvisTiltDegrees;

        /// <param name="verticalMotion">The sacrum's vertical motion, updated with each sample before Update is called.</param>
        public RepSegmenter(RepSegmenterSettings settings, SacrumVerticalMotion verticalMotion)
        {
            this.settings = settings;
            this.verticalMotion = verticalMotion;
            Reset(0);
        }

        public SquatPhase Phase { get { return phase; } }

        /// <summary>Completed squat reps since the last reset.</summary>
        public int RepCount { get { return repCount; } }

        /// <summary>Start of the current or last candidate rep (last moment near standing before it), µs.</summary>
        public long StartMicroseconds { get; private set; }

        /// <summary>Lowest point of the current or last rep, µs.</summary>
        public long BottomMicroseconds { get; private set; }

        /// <summary>End of the last completed rep, µs.</summary>
        public long EndMicroseconds { get; private set; }

        /// <summary>Pelvis drop from standing to the bottom of the current or last rep as the live estimate saw it
        /// when the bottom was reached, m (the gate; the measured depth is in Kinematics).</summary>
        public float DepthMeters { get; private set; }

        /// <summary>Depth and speed of the last completed rep, measured once the sacrum settled after it (see
        /// HasNewMeasurement).</summary>
        public RepKinematics Kinematics { get { return kinematics; } }

        /// <summary>True for the one sample at which the last completed rep's Kinematics were measured: the sacrum
        /// settled after the rep, the longest wait passed, or a new descent began. The vertical motion's per-rep
        /// samples (onset depth) stay readable until the next sample.</summary>
        public bool HasNewMeasurement { get { return measuredNow; } }

        /// <summary>A completed rep waits for its measurement.</summary>
        public bool IsMeasurementPending { get { return measurementPending; } }

        /// <summary>Measures the completed rep now, whether or not the sacrum has settled (before a recalibration).</summary>
        public void MeasureNow()
        {
            if (!measurementPending) return;
            verticalMotion.EndRep(kinematics);
            measurementPending = false;
            measuredNow = true;
        }

        /// <summary>Measures the completed rep up to the last still, upright moment since it ended (a descent that
        /// interrupts the wait has already moved the sacrum) and keeps recording the new rep from there.</summary>
        private void MeasureUpToLastStanding()
        {
            long lastStanding = lastNearStandingMicroseconds > completedMicroseconds ? lastNearStandingMicroseconds : completedMicroseconds;
            verticalMotion.EndRepAndKeepRecording(kinematics, lastStanding, lastStanding);
            measurementPending = false;
            measuredNow = true;
            repStartPending = false;
        }

        /// <summary>Pelvis vertical speed, m/s, up positive (valid inside a candidate; pulled to zero when upright).</summary>
        public float VerticalSpeedMetersPerSecond { get { return verticalMotion.LiveVelocityMetersPerSecond; } }

        /// <summary>Pelvis height against the start of the candidate, m.</summary>
        public float HeightMeters { get { return verticalMotion.LiveHeightMeters; } }

        /// <summary>Starts over in the standing phase (after calibration).</summary>
        public void Reset(long timeMicroseconds)
        {
            phase = SquatPhase.Standing;
            repCount = 0;
            verticalMotion.ResetLive();
            verticalMotion.BeginRep(timeMicroseconds);
            kinematics.Clear();
            lowestHeight = 0f;
            bottomHeight = 0f;
            lowestMicroseconds = timeMicroseconds;
            phaseStartMicroseconds = timeMicroseconds;
            lastNearStandingMicroseconds = timeMicroseconds;
            quietSinceMicroseconds = timeMicroseconds;
            seatedSinceMicroseconds = timeMicroseconds;
            quiet = false;
            wasStill = false;
            stillSinceMicroseconds = timeMicroseconds;
            seated = false;
            repStartPending = false;
            measurementPending = false;
            measuredNow = false;
            tiltTriggerArmed = true;
            StartMicroseconds = timeMicroseconds;
            BottomMicroseconds = timeMicroseconds;
            EndMicroseconds = timeMicroseconds;
            DepthMeters = 0f;
        }

        /// <summary>
        /// One sample, after the vertical motion has taken the same sample. Tilts are sagittal, against standing,
        /// forward positive, deg; the angular rate is the larger of the two sensors', deg/s.
        /// </summary>
        public RepSegmenterEvent Update(long timeMicroseconds, float samplePeriodSeconds,
            float sacrumTiltDegrees, float thoracolumbarTiltDegrees, bool thoracolumbarAvailable, float largestAngularRateDegreesPerSecond)
        {
            float dt = samplePeriodSeconds;
            measuredNow = false;
            float verticalAccelerationMetersPerSecondSquared = verticalMotion.VerticalAccelerationMetersPerSecondSquared;

            float trunkTilt = thoracolumbarAvailable ? thoracolumbarTiltDegrees : 0f;
            float largestTilt = FloatMath.Max(FloatMath.Abs(sacrumTiltDegrees), FloatMath.Abs(trunkTilt));
            bool upright = largestTilt < settings.UprightTiltDegrees;
            UpdateQuiet(timeMicroseconds, upright, largestAngularRateDegreesPerSecond, verticalAccelerationMetersPerSecondSquared);
            bool still = largestAngularRateDegreesPerSecond < settings.StillAngularRateDegreesPerSecond
                && FloatMath.Abs(verticalAccelerationMetersPerSecondSquared) < settings.StillAccelerationMetersPerSecondSquared;
            float secondsInPhase = (timeMicroseconds - phaseStartMicroseconds) * 1e-6f;

            if (still && phase != SquatPhase.Standing && phase != SquatPhase.Other) Leak(dt, settings.StillLeakSeconds, false);
            float verticalSpeed = verticalMotion.LiveVelocityMetersPerSecond;
            float height = verticalMotion.LiveHeightMeters;
            if (still && !wasStill) stillSinceMicroseconds = timeMicroseconds;
            wasStill = still;

            switch (phase)
            {
                case SquatPhase.Standing:
                    Leak(dt, still ? settings.StillLeakSeconds : settings.StandingLeakSeconds, true);
                    verticalSpeed = verticalMotion.LiveVelocityMetersPerSecond;
                    height = verticalMotion.LiveHeightMeters;
                    bool tilted = largestTilt > settings.DescentTriggerTiltDegrees;
                    // A rep can end on a live speed that drifted low while the sacrum still rises, with the trunk
                    // inside the upright band but not yet inside the descent trigger: that tilt is the end of the
                    // ascent, not a new descent. The tilt starts a candidate again once the segments have come back
                    // within the trigger or the rep has been measured (settled, or the longest wait passed).
                    if (!tilted || !measurementPending) tiltTriggerArmed = true;
                    tilted = tilted && tiltTriggerArmed;
                    bool dropping = height < -settings.DescentTriggerDropMeters && verticalSpeed < -settings.DescentTriggerSpeedMetersPerSecond;
                    if (measurementPending)
                    {
                        // The rep ends once upright and slow, often before the sacrum has stopped rising; its depth
                        // and speed are measured once it has (still long enough), at the latest after a fixed wait.
                        bool settled = still && (timeMicroseconds - stillSinceMicroseconds) * 1e-6f >= settings.MeasurementSettleSeconds;
                        bool waitedLongEnough = (timeMicroseconds - completedMicroseconds) * 1e-6f >= settings.MaximumMeasurementDelaySeconds;
                        if (tilted || dropping) MeasureUpToLastStanding();
                        else if (settled || waitedLongEnough) MeasureNow();
                        else if (largestTilt < settings.StartTiltDegrees || still) lastNearStandingMicroseconds = timeMicroseconds;
                    }
                    else if (largestTilt < settings.StartTiltDegrees || still || repStartPending) MarkNearStanding(timeMicroseconds);
                    if (tilted || dropping)
                    {
                        StartMicroseconds = lastNearStandingMicroseconds;
                        lowestHeight = height;
                        lowestMicroseconds = timeMicroseconds;
                        seated = false;
                        largestTrunkTiltDegrees = 0f;
                        largestPelvisTiltDegrees = 0f;
                        Enter(SquatPhase.Descent, timeMicroseconds);
                        return RepSegmenterEvent.DescentStarted;
                    }
                    return RepSegmenterEvent.None;

                case SquatPhase.Descent:
                    TrackLowest(timeMicroseconds);
                    if (sacrumTiltDegrees > largestPelvisTiltDegrees) largestPelvisTiltDegrees = sacrumTiltDegrees;
                    if (IsStoop(sacrumTiltDegrees, thoracolumbarTiltDegrees, thoracolumbarAvailable, lowestHeight))
                    {
                        Enter(SquatPhase.Other, timeMicroseconds);
                        return RepSegmenterEvent.BendRejected;
                    }
                    TrackLargestTrunkTilt(thoracolumbarTiltDegrees, thoracolumbarAvailable);
                    if (-lowestHeight >= settings.MinimumSquatDepthMeters && thoracolumbarAvailable
                        && FloatMath.Abs(thoracolumbarTiltDegrees) < settings.SeatedTrunkTiltDegrees
                        && largestTrunkTiltDegrees > settings.SeatedTrunkTiltDegrees + 10f)
                    {
                        // Low with the trunk back upright after leaning forward: only a seat holds that posture. In a
                        // squat descent the trunk leans on until the bottom to keep the body's mass over the feet.
                        // Checked before the speed, which may still drift downwards while seated.
                        Enter(SquatPhase.Other, timeMicroseconds);
                        return RepSegmenterEvent.OtherRejected;
                    }
                    if (verticalSpeed > -settings.BottomSpeedMetersPerSecond)
                    {
                        if (-lowestHeight >= settings.MinimumSquatDepthMeters)
                        {
                            BottomMicroseconds = lowestMicroseconds;
                            DepthMeters = -lowestHeight;
                            verticalMotion.StopLive();
                            bottomHeight = height;
                            Enter(SquatPhase.Bottom, timeMicroseconds);
                            return RepSegmenterEvent.BottomReached;
                        }
                        if (largestTilt < settings.DescentTriggerTiltDegrees * 0.5f && (still || FloatMath.Abs(verticalSpeed) < settings.BottomSpeedMetersPerSecond))
                        {
                            // Back up without going deep: a forward bend or a dip, not a rep.
                            verticalMotion.CancelRep();
                            Enter(SquatPhase.Standing, timeMicroseconds);
                            ResetHeight(timeMicroseconds);
                            return RepSegmenterEvent.BendRejected;
                        }
                    }
                    if (secondsInPhase > settings.MaximumDescentSeconds)
                    {
                        Enter(SquatPhase.Other, timeMicroseconds);
                        return RepSegmenterEvent.BendRejected;
                    }
                    return RepSegmenterEvent.None;

                case SquatPhase.Bottom:
                    TrackLargestTrunkTilt(thoracolumbarTiltDegrees, thoracolumbarAvailable);
                    if (UpdateSeated(timeMicroseconds, sacrumTiltDegrees, thoracolumbarTiltDegrees, thoracolumbarAvailable)
                        || secondsInPhase > settings.MaximumBottomSeconds)
                    {
                        Enter(SquatPhase.Other, timeMicroseconds);
                        return RepSegmenterEvent.OtherRejected;
                    }
                    if (verticalSpeed > settings.AscentSpeedMetersPerSecond)
                    {
                        Enter(SquatPhase.Ascent, timeMicroseconds);
                        return RepSegmenterEvent.AscentStarted;
                    }
                    return RepSegmenterEvent.None;

                case SquatPhase.Ascent:
                    TrackLargestTrunkTilt(thoracolumbarTiltDegrees, thoracolumbarAvailable);
                    float rise = height - bottomHeight;
                    if (SatDownAfterAll(timeMicroseconds, rise, sacrumTiltDegrees, thoracolumbarAvailable))
                    {
                        Enter(SquatPhase.Other, timeMicroseconds);
                        return RepSegmenterEvent.OtherRejected;
                    }
                    bool stillLongEnough = still && (timeMicroseconds - stillSinceMicroseconds) * 1e-6f >= settings.EndQuietSeconds;
                    bool stopped = verticalSpeed < settings.EndSpeedMetersPerSecond || stillLongEnough;
                    // Back up: upright, no longer rising, and most of the drop recovered (the pelvis alone may look
                    // upright early in the ascent after a wink tucked it under). With both sensors the trunk coming
                    // upright as well is enough: the integrated rise drifts by up to 1 m/s² once the accelerometer's
                    // zero-g offsets (up to 80 mg) are turned 50° away from where the standing calibration absorbed them.
                    // That holds only for a trunk that came back up from its lean: a squat with the heels raised can keep
                    // the trunk inside the upright band all the way down, where upright says nothing (and the rise,
                    // with so little tilt, does not drift).
                    bool recovered = TrunkCameBackUpright(thoracolumbarTiltDegrees, thoracolumbarAvailable)
                        || rise >= FloatMath.Max(settings.MinimumRiseMeters, 0.5f * DepthMeters);
                    if (upright && stopped && recovered)
                    {
                        measurementPending = true;
                        completedMicroseconds = timeMicroseconds;
                        repCount++;
                        EndMicroseconds = verticalSpeed < settings.EndSpeedMetersPerSecond ? timeMicroseconds : stillSinceMicroseconds;
                        Enter(SquatPhase.Standing, timeMicroseconds);
                        // The finished rep keeps being recorded until it is measured; the next one is recorded from then on.
                        verticalMotion.ResetLive();
                        lastNearStandingMicroseconds = timeMicroseconds;
                        repStartPending = true;
                        tiltTriggerArmed = false;
                        return RepSegmenterEvent.RepCompleted;
                    }
                    if (secondsInPhase > settings.MaximumAscentSeconds)
                    {
                        Enter(SquatPhase.Other, timeMicroseconds);
                        return RepSegmenterEvent.OtherRejected;
                    }
                    return RepSegmenterEvent.None;

                default:
                    Leak(dt, still ? settings.StillLeakSeconds : settings.StandingLeakSeconds, true);
                    if (quiet && (timeMicroseconds - quietSinceMicroseconds) * 1e-6f >= settings.QuietSeconds)
                    {
                        Enter(SquatPhase.Standing, timeMicroseconds);
                        ResetHeight(timeMicroseconds);
                    }
                    return RepSegmenterEvent.None;
            }
        }

        private void Enter(SquatPhase next, long timeMicroseconds)
        {
            if (next == SquatPhase.Other) verticalMotion.CancelRep();
            phase = next;
            phaseStartMicroseconds = timeMicroseconds;
        }

        private void ResetHeight(long timeMicroseconds)
        {
            verticalMotion.ResetLive();
            MarkNearStanding(timeMicroseconds);
        }

        /// <summary>The wearer is (nearly) standing now: a rep that starts next starts here.</summary>
        private void MarkNearStanding(long timeMicroseconds)
        {
            repStartPending = false;
            lastNearStandingMicroseconds = timeMicroseconds;
            verticalMotion.BeginRep(timeMicroseconds);
        }

        private void TrackLargestTrunkTilt(float thoracolumbarTiltDegrees, bool thoracolumbarAvailable)
        {
            if (thoracolumbarAvailable && thoracolumbarTiltDegrees > largestTrunkTiltDegrees) largestTrunkTiltDegrees = thoracolumbarTiltDegrees;
        }

        /// <summary>The trunk has come back up by at least the upright band (UprightTiltDegrees) from its largest lean
        /// in this candidate: it leaned out of the band and is back in it, or leaned further and came back as far.</summary>
        private bool TrunkCameBackUpright(float thoracolumbarTiltDegrees, bool thoracolumbarAvailable)
        {
            return thoracolumbarAvailable && largestTrunkTiltDegrees - thoracolumbarTiltDegrees >= settings.UprightTiltDegrees;
        }

        private void TrackLowest(long timeMicroseconds)
        {
            float height = verticalMotion.LiveHeightMeters;
            if (height < lowestHeight)
            {
                lowestHeight = height;
                lowestMicroseconds = timeMicroseconds;
            }
        }

        private void Leak(float dt, float timeConstantSeconds, bool includeHeight)
        {
            verticalMotion.DampLive(dt, timeConstantSeconds, includeHeight);
        }

        private void UpdateQuiet(long timeMicroseconds, bool upright, float angularRate, float verticalAcceleration)
        {
            bool nowQuiet = upright && angularRate < settings.QuietAngularRateDegreesPerSecond
                && FloatMath.Abs(verticalAcceleration) < settings.QuietAccelerationMetersPerSecondSquared;
            if (nowQuiet && !quiet) quietSinceMicroseconds = timeMicroseconds;
            quiet = nowQuiet;
        }

        /// <summary>A stoop hinges at the hips and spine on nearly straight legs: the trunk (or, without it, the pelvis)
        /// tilts far forward while the sacrum stays at its standing height or rises (it sits behind and above the hip).
        /// A deep squat can lean as far, but only with the knees bent and the pelvis well down.</summary>
        private bool IsStoop(float sacrumTiltDegrees, float thoracolumbarTiltDegrees, bool thoracolumbarAvailable, float lowestHeightMeters)
        {
            float tilt = thoracolumbarAvailable ? thoracolumbarTiltDegrees : sacrumTiltDegrees;
            float squatLimit = thoracolumbarAvailable ? settings.MaximumSquatTrunkTiltDegrees : settings.MaximumSquatPelvisTiltDegrees;
            float stoopLimit = thoracolumbarAvailable ? settings.StoopTrunkTiltDegrees : settings.StoopPelvisTiltDegrees;
            if (tilt > stoopLimit) return true;
            return tilt > squatLimit && -lowestHeightMeters < settings.MinimumSquatDepthMeters;
        }

        /// <summary>Pelvis-only mode: the seat contact jolts the pelvis upwards, which can start an ascent; the wearer
        /// has not come up since (less than half the drop, as the rep end asks) and sits as at the bottom (UpdateSeated).
        /// Only after a descent that leaned the pelvis far forward (SeatingPelvisLeanDegrees), as sitting down does: a
        /// squat whose wink tucks the pelvis behind standing, and whose tuck can jolt the sacrum up into an early ascent
        /// before a pause, starts from a pelvis that hardly leaned.</summary>
        private bool SatDownAfterAll(long timeMicroseconds, float riseMeters, float sacrumTiltDegrees, bool thoracolumbarAvailable)
        {
            if (thoracolumbarAvailable || largestPelvisTiltDegrees < settings.SeatingPelvisLeanDegrees) return false;
            if (riseMeters >= FloatMath.Max(settings.MinimumRiseMeters, 0.5f * DepthMeters))
            {
                seated = false;
                return false;
            }
            return UpdateSeated(timeMicroseconds, sacrumTiltDegrees, 0f, false);
        }

        private bool UpdateSeated(long timeMicroseconds, float sacrumTiltDegrees, float thoracolumbarTiltDegrees, bool thoracolumbarAvailable)
        {
            // With both sensors the trunk back upright after leaning forward while the pelvis stays low is enough: a
            // squat keeps the trunk leaning forward until the wearer rises, and the seated slump (the pelvis rolling
            // back) follows only later. A trunk that never left the upright band (a squat with the heels raised can
            // stay inside it) says nothing: then, as without the trunk sensor, the pelvis must have rolled back.
            bool pelvisRolledBack = sacrumTiltDegrees < settings.SeatedPelvisTiltDegrees - 5f;
            // Without the trunk, a pelvis that leaned far forward on the way down (as sitting down does) and is now back
            // behind standing is enough: the squats whose wink tucks the pelvis that far hardly leaned it.
            bool leanedPelvisBehindStanding = largestPelvisTiltDegrees >= settings.SeatingPelvisLeanDegrees
                && sacrumTiltDegrees < settings.SeatedPelvisTiltDegrees;
            bool nowSeated = thoracolumbarAvailable
                ? FloatMath.Abs(thoracolumbarTiltDegrees) < settings.SeatedTrunkTiltDegrees
                    && (TrunkCameBackUpright(thoracolumbarTiltDegrees, thoracolumbarAvailable) || pelvisRolledBack)
                : pelvisRolledBack || leanedPelvisBehindStanding;
            if (nowSeated && !seated) seatedSinceMicroseconds = timeMicroseconds;
            seated = nowSeated;
            return seated && (timeMicroseconds - seatedSinceMicroseconds) * 1e-6f >= settings.SeatedSeconds;
        }
    }
}
