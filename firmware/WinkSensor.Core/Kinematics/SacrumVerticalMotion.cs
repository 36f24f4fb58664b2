using WinkSensor.Core.Numerics;

namespace WinkSensor.Core.Kinematics
{
    /// <summary>
    /// Vertical motion of the sacrum from its accelerometer and the inclination filter's up vector.
    /// The acceleration along up, less the gravity measured during the standing calibration (which also absorbs the
    /// accelerometer's offset and scale error along up), is integrated twice.
    /// Live: a causal estimate reset to zero whenever the wearer stands still (zero-velocity update), good for a few
    /// seconds. Per rep: the samples between two standing moments are kept and integrated again once the rep ends, with
    /// the velocity pinned to zero at both ends (the wearer stands still there) and the height back to its start, which
    /// removes the drift a small acceleration error builds up (taken as proportional to the sine of the sacrum's tilt:
    /// see RemoveVelocityDrift and docs/kinematics.md).
    /// Call CalibrateStanding once, Update every sample, BeginRep/EndRep around each rep.
    /// </summary>
    public sealed class SacrumVerticalMotion
    {
        /// <summary>Below this integral of sin(tilt) over the rep, s, the rep hardly tilted: the drift is taken as constant.</summary>
        private const float MinimumTiltIntegralSeconds = 0.001f;

        private readonly VerticalMotionSettings settings;
        private readonly float[] verticalAcceleration;
        private readonly float[] sampleSeconds;
        private readonly float[] velocity;
        private readonly float[] height;
        private readonly float[] tiltSine;
        private float standingGravityG = 1f;
        private bool calibrated;
        private float liveVelocity;
        private float liveHeight;
        private bool recordingRep;
        private bool repOverflowed;
        private int repSampleCount;
        private long repStartMicroseconds;
        private float lastVerticalAcceleration;
        private float lastRawVerticalAcceleration;
        private float leakMetersPerSecondSquared;
        private float lastTiltRadians;
        private float lastTiltSine;
        private bool resumePending;
        private int resumeTotalCount;
        private float resumeFromSeconds;
        private float sessionVelocityTimesTilt;
        private float sessionTiltSquared;

        public SacrumVerticalMotion(VerticalMotionSettings settings)
        {
            this.settings = settings;
            int capacity = (int)(settings.MaximumRepDurationSeconds * settings.MaximumSampleRateHertz) + 2;
            verticalAcceleration = new float[capacity];
            sampleSeconds = new float[capacity];
            velocity = new float[capacity];
            height = new float[capacity];
            tiltSine = new float[capacity];
        }

        public bool IsCalibrated { get { return calibrated; } }

        /// <summary>Vertical acceleration of the sacrum at the last sample, m/s^2, positive up (less the gravity leak
        /// fitted so far, see TiltLeakMetersPerSecondSquared).</summary>
        public float VerticalAccelerationMetersPerSecondSquared { get { return lastVerticalAcceleration; } }

        /// <summary>Gravity leaking into the vertical per unit sine of the sacrum's tilt, m/s^2, fitted on the reps since
        /// the standing calibration (0 until a rep tilted enough).</summary>
        public float TiltLeakMetersPerSecondSquared { get { return leakMetersPerSecondSquared; } }

        /// <summary>Causal height change since the wearer last stood still, cm (negative below standing).</summary>
        public float LiveHeightCentimetres { get { return liveHeight * 100f; } }

        /// <summary>Causal height change since the wearer last stood still, m (negative below standing).</summary>
        public float LiveHeightMeters { get { return liveHeight; } }

        /// <summary>Causal vertical velocity, m/s, positive up.</summary>
        public float LiveVelocityMetersPerSecond { get { return liveVelocity; } }

        /// <summary>Fixes the gravity reading along up from the standing calibration (mean of acceleration . up, g).</summary>
        public void CalibrateStanding(float meanAccelerationAlongUpG)
        {
            if (meanAccelerationAlongUpG > 0.5f && meanAccelerationAlongUpG < 1.5f)
            {
                standingGravityG = meanAccelerationAlongUpG;
                calibrated = true;
                sessionVelocityTimesTilt = 0f;
                sessionTiltSquared = 0f;
                leakMetersPerSecondSquared = 0f;
            }
            ResetLive();
        }

        /// <summary>Zero-velocity update: the wearer stands still now.</summary>
        public void ResetLive()
        {
            liveVelocity = 0f;
            liveHeight = 0f;
        }

        /// <summary>Zero-velocity update that keeps the height: the sacrum has stopped (at the bottom of a rep).</summary>
        public void StopLive()
        {
            liveVelocity = 0f;
        }

        /// <summary>
        /// Pulls the live velocity (and the height when includeHeight) towards zero with the given time constant, s:
        /// a soft zero-velocity update while the wearer is nearly still or standing, where the integration only drifts.
        /// </summary>
        public void DampLive(float samplePeriodSeconds, float timeConstantSeconds, bool includeHeight)
        {
            float keep = 1f - samplePeriodSeconds / (timeConstantSeconds + samplePeriodSeconds);
            liveVelocity *= keep;
            if (includeHeight) liveHeight *= keep;
        }

        /// <summary>As Update with the tilt, for a sacrum that does not tilt (its drift is then taken as constant).</summary>
        public void Update(Vector3 accelerationG, Vector3 up, float samplePeriodSeconds, long timeMicroseconds)
        {
            Update(accelerationG, up, 0f, samplePeriodSeconds, timeMicroseconds);
        }

        /// <param name="accelerationG">Sacrum accelerometer, g, sensor axes.</param>
        /// <param name="up">Unit up vector in the same axes (from the inclination filter).</param>
        /// <param name="sacrumTiltDegrees">Sagittal tilt of the sacrum against the standing calibration, deg.</param>
        /// <param name="samplePeriodSeconds">Time since the previous sample, s.</param>
        /// <param name="timeMicroseconds">Timestamp of this sample (device clock).</param>
        public void Update(Vector3 accelerationG, Vector3 up, float sacrumTiltDegrees, float samplePeriodSeconds, long timeMicroseconds)
        {
            lastTiltRadians = sacrumTiltDegrees * FloatMath.RadiansPerDegree;
            lastTiltSine = FloatMath.Sin(lastTiltRadians);
            float acceleration = (Vector3.Dot(accelerationG, up) - standingGravityG) * VerticalMotionSettings.StandardGravityMetersPerSecondSquared;
            // The live estimate takes out the gravity leak fitted on the reps so far: uncorrected, a 0.2 m/s^2 leak
            // per unit sine (what cross-axis errors leave after a six-position calibration) makes the live speed of a
            // 4.6 s rep 0.2 m/s slow by its end, and the segmenter ends the rep while the sacrum still rises.
            float correctedAcceleration = acceleration - leakMetersPerSecondSquared * lastTiltSine;
            float previousVelocity = liveVelocity;
            liveVelocity += 0.5f * (lastVerticalAcceleration + correctedAcceleration) * samplePeriodSeconds;
            liveHeight += 0.5f * (previousVelocity + liveVelocity) * samplePeriodSeconds;
            lastVerticalAcceleration = correctedAcceleration;
            lastRawVerticalAcceleration = acceleration;

            if (!recordingRep || repOverflowed) return;
            if (resumePending) Resume();
            if (repSampleCount >= verticalAcceleration.Length)
            {
                repOverflowed = true;
                return;
            }
            verticalAcceleration[repSampleCount] = acceleration;
            tiltSine[repSampleCount] = lastTiltSine;
            sampleSeconds[repSampleCount] = (timeMicroseconds - repStartMicroseconds) * 1e-6f;
            repSampleCount++;
        }

        /// <summary>
        /// Marks a still, standing moment: a rep that follows is measured from PreRollSeconds before the last such
        /// moment (the descent may already have begun slowly when the wearer last looked still). Call it at every such
        /// moment; it keeps only the samples of the pre-roll.
        /// </summary>
        public void BeginRep(long timeMicroseconds)
        {
            if (resumePending) Resume();
            if (!recordingRep || repOverflowed || repSampleCount == 0)
            {
                recordingRep = true;
                repOverflowed = false;
                repStartMicroseconds = timeMicroseconds;
                verticalAcceleration[0] = lastRawVerticalAcceleration;
                tiltSine[0] = lastTiltSine;
                sampleSeconds[0] = 0f;
                repSampleCount = 1;
                return;
            }
            float keepFrom = (timeMicroseconds - repStartMicroseconds) * 1e-6f - settings.PreRollSeconds;
            // Trimmed in batches: shifting the buffer at every still sample cost about 200 operations a sample, so up to
            // TrimSlackSeconds more of the still stand may stay in front of the pre-roll.
            if (keepFrom - sampleSeconds[0] < VerticalMotionSettings.TrimSlackSeconds) return;
            int first = 0;
            while (first < repSampleCount - 1 && sampleSeconds[first] < keepFrom) first++;
            if (first == 0) return;
            float origin = sampleSeconds[first];
            for (int i = first; i < repSampleCount; i++)
            {
                verticalAcceleration[i - first] = verticalAcceleration[i];
                tiltSine[i - first] = tiltSine[i];
                sampleSeconds[i - first] = sampleSeconds[i] - origin;
            }
            repSampleCount -= first;
            repStartMicroseconds += (long)(origin * 1e6f);
        }

        /// <summary>
        /// Ends the rep at endMicroseconds (the last still, standing moment) and measures it, while the next rep has
        /// already begun: samples from PreRollSeconds before that moment on stay recorded for it. The measured rep's
        /// samples stay readable (DepthBelowStandingCentimetresAt) until the next Update or BeginRep.
        /// </summary>
        public void EndRepAndKeepRecording(RepKinematics result, long endMicroseconds, long nextStartMicroseconds)
        {
            int total = repSampleCount;
            bool overflowed = repOverflowed;
            TrimAfter(endMicroseconds);
            bool quietEnd = TrimToQuietEnd();
            float quietEndSeconds = repSampleCount > 0 ? sampleSeconds[repSampleCount - 1] : 0f;
            EndRep(result);
            if (overflowed) return;
            recordingRep = true;
            resumePending = true;
            resumeTotalCount = total;
            // The next rep starts where this one ended if that was a quiet moment: PreRollSeconds before the next
            // start may still be inside this rep's ascent when the wearer barely paused at the top.
            resumeFromSeconds = quietEnd ? quietEndSeconds
                : (nextStartMicroseconds - repStartMicroseconds) * 1e-6f - settings.PreRollSeconds;
        }

        /// <summary>Moves the samples kept for the next rep to the front of the buffer.</summary>
        private void Resume()
        {
            resumePending = false;
            int first = 0;
            while (first < resumeTotalCount - 1 && sampleSeconds[first] < resumeFromSeconds) first++;
            float origin = sampleSeconds[first];
            for (int i = first; i < resumeTotalCount; i++)
            {
                verticalAcceleration[i - first] = verticalAcceleration[i];
                tiltSine[i - first] = tiltSine[i];
                sampleSeconds[i - first] = sampleSeconds[i] - origin;
            }
            repSampleCount = resumeTotalCount - first;
            repStartMicroseconds += (long)(origin * 1e6f);
        }

        /// <summary>Stops keeping samples without measuring (the candidate was not a rep).</summary>
        public void CancelRep()
        {
            resumePending = false;
            recordingRep = false;
            repSampleCount = 0;
        }

        /// <summary>Ends the rep at the given moment (the wearer stood still then; later samples are dropped) and
        /// measures it into result.</summary>
        public void EndRep(RepKinematics result, long endMicroseconds)
        {
            TrimAfter(endMicroseconds);
            EndRep(result);
        }

        private void TrimAfter(long endMicroseconds)
        {
            float endSeconds = (endMicroseconds - repStartMicroseconds) * 1e-6f;
            while (repSampleCount > 3 && sampleSeconds[repSampleCount - 1] > endSeconds) repSampleCount--;
        }

        /// <summary>
        /// A rep cut short by the next descent ends at the last moment the segmenter saw the wearer upright, which in
        /// quick reps is already 0.05-0.1 s into the next descent (the sacrum drops before it tilts): pinning the speed
        /// to zero there made such reps 6-10 cm too deep and split their ascent. So the end moves back to the last
        /// quiet, standing moment within RepEndSearchSeconds: two samples with the vertical acceleration below
        /// QuietAccelerationMetersPerSecondSquared and the sacrum within QuietTiltDegrees of standing, turning slower
        /// than QuietTiltDegrees per second (the acceleration alone is also small mid-ascent, at the fastest rise).
        /// With none (no pause at the top at all) the end stays. Returns whether a quiet end was found.
        /// </summary>
        private bool TrimToQuietEnd()
        {
            if (repOverflowed || repSampleCount < 5) return false;
            float searchFrom = sampleSeconds[repSampleCount - 1] - settings.RepEndSearchSeconds;
            for (int i = repSampleCount - 1; i > 3 && sampleSeconds[i] >= searchFrom; i--)
            {
                if (IsQuiet(i) && IsQuiet(i - 1))
                {
                    repSampleCount = i + 1;
                    return true;
                }
            }
            return false;
        }

        private bool IsQuiet(int index)
        {
            float largestTiltSine = settings.QuietTiltDegrees * FloatMath.RadiansPerDegree;
            float sine = tiltSine[index];
            float step = sampleSeconds[index] - sampleSeconds[index - 1];
            return FloatMath.Abs(verticalAcceleration[index] - leakMetersPerSecondSquared * sine) < settings.QuietAccelerationMetersPerSecondSquared
                && FloatMath.Abs(sine) < largestTiltSine
                && FloatMath.Abs(sine - tiltSine[index - 1]) < largestTiltSine * step;
        }

        /// <summary>Ends the rep (the wearer stands still again) and measures it into result.</summary>
        public void EndRep(RepKinematics result)
        {
            recordingRep = false;
            result.Clear();
            if (repOverflowed || repSampleCount < 3) return;
            IntegrateRep();
            MeasureRep(result);
        }

        /// <summary>How far the sacrum was below standing at a moment of the last completed rep, cm; NaN outside it.</summary>
        public float DepthBelowStandingCentimetresAt(long timeMicroseconds)
        {
            if (repOverflowed || repSampleCount < 3) return float.NaN;
            float seconds = (timeMicroseconds - repStartMicroseconds) * 1e-6f;
            if (seconds < 0f || seconds > sampleSeconds[repSampleCount - 1]) return float.NaN;
            int index = 0;
            while (index < repSampleCount - 1 && sampleSeconds[index + 1] <= seconds) index++;
            return -height[index] * 100f;
        }

        private void IntegrateRep()
        {
            int count = repSampleCount;
            velocity[0] = 0f;
            for (int i = 1; i < count; i++)
            {
                float step = sampleSeconds[i] - sampleSeconds[i - 1];
                velocity[i] = velocity[i - 1] + 0.5f * (verticalAcceleration[i - 1] + verticalAcceleration[i]) * step;
            }
            RemoveVelocityDrift(count);

            height[0] = 0f;
            float pathLength = 0f;
            for (int i = 1; i < count; i++)
            {
                float step = sampleSeconds[i] - sampleSeconds[i - 1];
                height[i] = height[i - 1] + 0.5f * (velocity[i - 1] + velocity[i]) * step;
                pathLength += FloatMath.Abs(height[i] - height[i - 1]);
            }
            // Back at standing height: the residual accrued while moving, so remove it in proportion to distance moved.
            float endHeight = height[count - 1];
            if (pathLength <= 0f) return;
            float travelled = 0f;
            float previousUncorrected = height[0];
            for (int i = 1; i < count; i++)
            {
                float uncorrected = height[i];
                travelled += FloatMath.Abs(uncorrected - previousUncorrected);
                previousUncorrected = uncorrected;
                height[i] = uncorrected - endHeight * (travelled / pathLength);
            }
        }

        /// <summary>
        /// The wearer stands still at both ends, so whatever velocity is left at the end is drift. Most of it is gravity
        /// leaking into the vertical as the sacrum tilts: the accelerometer's zero-g offset and scale errors, which the
        /// standing calibration absorbs only in the standing posture, read as an acceleration roughly proportional to
        /// the sine of the tilt away from it. So the drift is taken as k * sin(tilt) plus a constant, k fitted to the
        /// end velocities of all reps since the calibration, when the rep tilted enough and its own k is no larger than
        /// those errors can make it; otherwise as a constant alone, spread evenly over time.
        /// </summary>
        private void RemoveVelocityDrift(int count)
        {
            float duration = sampleSeconds[count - 1];
            float endVelocity = velocity[count - 1];
            float tiltIntegral = 0f;
            for (int i = 1; i < count; i++)
                tiltIntegral += 0.5f * (tiltSine[i - 1] + tiltSine[i]) * (sampleSeconds[i] - sampleSeconds[i - 1]);
            bool tiltModel = FloatMath.Abs(tiltIntegral) > MinimumTiltIntegralSeconds
                && FloatMath.Abs(endVelocity) <= settings.MaximumTiltLeakMetersPerSecondSquared * FloatMath.Abs(tiltIntegral);
            if (!tiltModel)
            {
                for (int i = 0; i < count; i++) velocity[i] -= endVelocity * (sampleSeconds[i] / duration);
                return;
            }
            // The leak belongs to the chip and its mounting, so it is fitted over all reps since the calibration
            // (least squares of end velocity against tilt integral); what this rep leaves over is taken as constant.
            sessionVelocityTimesTilt += endVelocity * tiltIntegral;
            sessionTiltSquared += tiltIntegral * tiltIntegral;
            float leak = sessionVelocityTimesTilt / sessionTiltSquared;
            leakMetersPerSecondSquared = leak;
            float constant = (endVelocity - leak * tiltIntegral) / duration;
            float leakedSoFar = 0f;
            for (int i = 1; i < count; i++)
            {
                leakedSoFar += 0.5f * (tiltSine[i - 1] + tiltSine[i]) * (sampleSeconds[i] - sampleSeconds[i - 1]);
                velocity[i] -= leak * leakedSoFar + constant * sampleSeconds[i];
            }
        }

        private void MeasureRep(RepKinematics result)
        {
            int count = repSampleCount;
            int lowest = 0;
            for (int i = 1; i < count; i++)
                if (height[i] < height[lowest]) lowest = i;
            result.DepthCentimetres = -height[lowest] * 100f;
            result.LowestPointMicroseconds = repStartMicroseconds + (long)(sampleSeconds[lowest] * 1e6f);

            // Concentric phase: around the fastest rise after the lowest point, from the last moment before it that
            // the sacrum rose slower than the boundary speed (the end of any pause) to the first moment after it
            // that it did again (standing). The simulator's truth uses the same definition (docs/kinematics.md).
            float boundary = settings.ConcentricBoundarySpeedMetersPerSecond;
            int fastest = lowest;
            for (int i = lowest + 1; i < count; i++)
                if (velocity[i] > velocity[fastest]) fastest = i;
            float peak = velocity[fastest];
            if (peak <= boundary) return;
            int start = fastest;
            while (start > lowest && velocity[start] > boundary) start--;
            int end = fastest;
            while (end < count - 1 && velocity[end] > boundary) end++;
            float concentricSeconds = sampleSeconds[end] - sampleSeconds[start];
            if (concentricSeconds <= 0f) return;
            result.MeanConcentricVelocityMetersPerSecond = (height[end] - height[start]) / concentricSeconds;
            result.PeakConcentricVelocityMetersPerSecond = peak;
        }
    }
}
