namespace WinkSensor.Core.Sensors
{
    /// <summary>
    /// Gives each FIFO frame of one sensor a timestamp on the host's microsecond clock without drain-time jitter.
    /// Frames are spaced by an estimated sample period (the part's own clock, up to about 1 % off nominal); the
    /// sequence is anchored to drain times by a slow phase-locked loop:
    /// at each drain the newest frame read must have been sampled within one period before the drain (minus one period
    /// per frame left in the FIFO), so its ideal time is drainTime - period × (0.5 + framesLeft). The difference to
    /// the assigned time corrects the phase by PhaseGain and the period by PeriodGain of it. Only an error larger than
    /// RelockPeriods periods (frames lost, first drain) moves the timestamps in one step.
    /// </summary>
    public sealed class SampleClock
    {
        /// <summary>Share of the measured phase error applied per drain.</summary>
        public const float PhaseGain = 0.02f;
        /// <summary>Share of the measured phase error (µs) added to the period estimate (µs) per drain; critically damped with PhaseGain.</summary>
        public const float PeriodGain = 0.0001f;
        /// <summary>Errors beyond this many periods re-anchor the timestamps at once.</summary>
        public const float RelockPeriods = 2f;
        /// <summary>The period estimate stays within this fraction of nominal.</summary>
        public const float MaximumPeriodDeviation = 0.05f;

        private readonly float nominalPeriodMicroseconds;
        private float periodMicroseconds;
        private long nextWholeMicroseconds;
        private float nextFractionMicroseconds;
        private bool anchored;
        private int relocks;

        public SampleClock(int nominalPeriodMicroseconds)
        {
            this.nominalPeriodMicroseconds = nominalPeriodMicroseconds;
            periodMicroseconds = nominalPeriodMicroseconds;
        }

        /// <summary>Current estimate of the sensor's sample period, µs.</summary>
        public float PeriodMicroseconds { get { return periodMicroseconds; } }

        public bool IsAnchored { get { return anchored; } }

        /// <summary>Times the timestamps were moved in one step (first drain included).</summary>
        public int Relocks { get { return relocks; } }

        /// <summary>Forget the phase (frames were lost or the sensor restarted); the period estimate is kept.</summary>
        public void Reset()
        {
            anchored = false;
        }

        /// <summary>
        /// Writes timestamps (µs) for count frames read at nowMicroseconds, oldest first, into timestamps[startIndex...],
        /// framesLeftInFifo being the whole frames still unread in the FIFO.
        /// </summary>
        public void Stamp(long nowMicroseconds, int count, int framesLeftInFifo, long[] timestamps, int startIndex)
        {
            if (count <= 0) return;
            float newestOffset = periodMicroseconds * (0.5f + framesLeftInFifo);
            if (!anchored)
            {
                SetNext(nowMicroseconds, -newestOffset - periodMicroseconds * (count - 1));
                anchored = true;
                relocks++;
            }

            long newestWhole = 0;
            float newestFraction = 0f;
            for (int i = 0; i < count; i++)
            {
                newestWhole = nextWholeMicroseconds;
                newestFraction = nextFractionMicroseconds;
                timestamps[startIndex + i] = nextWholeMicroseconds + (nextFractionMicroseconds >= 0.5f ? 1 : 0);
                Advance(periodMicroseconds);
            }

            float error = (float)(nowMicroseconds - newestWhole) - newestFraction - newestOffset;
            if (error > RelockPeriods * periodMicroseconds || error < -RelockPeriods * periodMicroseconds)
            {
                Advance(error);
                relocks++;
                return;
            }
            Advance(PhaseGain * error);
            float period = periodMicroseconds + PeriodGain * error;
            float low = nominalPeriodMicroseconds * (1f - MaximumPeriodDeviation);
            float high = nominalPeriodMicroseconds * (1f + MaximumPeriodDeviation);
            periodMicroseconds = period < low ? low : (period > high ? high : period);
        }

        private void SetNext(long wholeMicroseconds, float offsetMicroseconds)
        {
            nextWholeMicroseconds = wholeMicroseconds;
            nextFractionMicroseconds = 0f;
            Advance(offsetMicroseconds);
        }

        /// <summary>Adds a (possibly negative) float step to the long + fraction time without losing microseconds.</summary>
        private void Advance(float stepMicroseconds)
        {
            int whole = (int)stepMicroseconds;
            if (stepMicroseconds < 0f && whole != stepMicroseconds) whole--;
            nextWholeMicroseconds += whole;
            nextFractionMicroseconds += stepMicroseconds - whole;
            if (nextFractionMicroseconds >= 1f)
            {
                nextWholeMicroseconds += 1;
                nextFractionMicroseconds -= 1f;
            }
        }
    }
}
