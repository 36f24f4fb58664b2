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
    /// removes the drift a small acceleration error builds up.
    /// Call CalibrateStanding once, Update every sample, BeginRep/EndRep around each rep.
    /// </summary>
    public sealed class SacrumVerticalMotion
    {
        private readonly VerticalMotionSettings settings;
        private readonly float[] verticalAcceleration;
        private readonly float[] sampleSeconds;
        private readonly float[] velocity;
        private readonly float[] height;
        private float standingGravityG = 1f;
        private bool calibrated;
        private float liveVelocity;
        private float liveHeight;
        private bool recordingRep;
        private bool repOverflowed;
        private int repSampleCount;
        private long repStartMicroseconds;
        private float lastVerticalAcceleration;

        public SacrumVerticalMotion(VerticalMotionSettings settings)
        {
            this.settings = settings;
            int capacity = (int)(settings.MaximumRepDurationSeconds * settings.MaximumSampleRateHertz) + 2;
            verticalAcceleration = new float[capacity];
            sampleSeconds = new float[capacity];
            velocity = new float[capacity];
            height = new float[capacity];
        }

        public bool IsCalibrated { get { return calibrated; } }

        /// <summary>Vertical acceleration of the sacrum at the last sample, m/s^2, positive up.</summary>
        public float VerticalAccelerationMetersPerSecondSquared { get { return lastVerticalAcceleration; } }

        /// <summary>Causal height change since the wearer last stood still, cm (negative below standing).</summary>
        public float LiveHeightCentimetres { get { return liveHeight * 100f; } }

        /// <summary>Causal vertical velocity, m/s, positive up.</summary>
        public float LiveVelocityMetersPerSecond { get { return liveVelocity; } }

        /// <summary>Fixes the gravity reading along up from the standing calibration (mean of acceleration . up, g).</summary>
        public void CalibrateStanding(float meanAccelerationAlongUpG)
        {
            if (meanAccelerationAlongUpG > 0.5f && meanAccelerationAlongUpG < 1.5f)
            {
                standingGravityG = meanAccelerationAlongUpG;
                calibrated = true;
            }
            ResetLive();
        }

        /// <summary>Zero-velocity update: the wearer stands still now.</summary>
        public void ResetLive()
        {
            liveVelocity = 0f;
            liveHeight = 0f;
        }

        /// <param name="accelerationG">Sacrum accelerometer, g, sensor axes.</param>
        /// <param name="up">Unit up vector in the same axes (from the inclination filter).</param>
        /// <param name="samplePeriodSeconds">Time since the previous sample, s.</param>
        /// <param name="timeMicroseconds">Timestamp of this sample (device clock).</param>
        public void Update(Vector3 accelerationG, Vector3 up, float samplePeriodSeconds, long timeMicroseconds)
        {
            float acceleration = (Vector3.Dot(accelerationG, up) - standingGravityG) * VerticalMotionSettings.StandardGravityMetersPerSecondSquared;
            float previousVelocity = liveVelocity;
            liveVelocity += 0.5f * (lastVerticalAcceleration + acceleration) * samplePeriodSeconds;
            liveHeight += 0.5f * (previousVelocity + liveVelocity) * samplePeriodSeconds;
            lastVerticalAcceleration = acceleration;

            if (!recordingRep || repOverflowed) return;
            if (repSampleCount >= verticalAcceleration.Length)
            {
                repOverflowed = true;
                return;
            }
            verticalAcceleration[repSampleCount] = acceleration;
            sampleSeconds[repSampleCount] = (timeMicroseconds - repStartMicroseconds) * 1e-6f;
            repSampleCount++;
        }

        /// <summary>Starts keeping samples: call at the last still moment before the descent.</summary>
        public void BeginRep(long timeMicroseconds)
        {
            recordingRep = true;
            repOverflowed = false;
            repSampleCount = 0;
            repStartMicroseconds = timeMicroseconds;
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
            // Standing still at both ends: whatever velocity is left at the end is drift, spread evenly over time.
            float duration = sampleSeconds[count - 1];
            float endVelocity = velocity[count - 1];
            for (int i = 0; i < count; i++) velocity[i] -= endVelocity * (sampleSeconds[i] / duration);

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

        private void MeasureRep(RepKinematics result)
        {
            int count = repSampleCount;
            int lowest = 0;
            for (int i = 1; i < count; i++)
                if (height[i] < height[lowest]) lowest = i;
            result.DepthCentimetres = -height[lowest] * 100f;
            result.LowestPointMicroseconds = repStartMicroseconds + (long)(sampleSeconds[lowest] * 1e6f);

            // Concentric phase: from the lowest point while the sacrum keeps rising.
            int end = lowest;
            float peak = 0f;
            for (int i = lowest + 1; i < count; i++)
            {
                if (velocity[i] > peak) peak = velocity[i];
                end = i;
                if (peak > settings.ConcentricEndSpeedMetersPerSecond && velocity[i] <= settings.ConcentricEndSpeedMetersPerSecond) break;
            }
            float concentricSeconds = sampleSeconds[end] - sampleSeconds[lowest];
            if (concentricSeconds <= 0f) return;
            result.MeanConcentricVelocityMetersPerSecond = (height[end] - height[lowest]) / concentricSeconds;
            result.PeakConcentricVelocityMetersPerSecond = peak;
        }
    }
}
