namespace WinkSensor.Core.Sensors
{
    /// <summary>
    /// Gives each FIFO frame of one sensor a timestamp on the host's microsecond clock without drain-time jitter.
    /// Frames are spaced by an estimated sample period (the part's own clock, up to about 1 % off nominal) and the
    /// sequence is held against what each drain proves: with k whole frames left unread in the FIFO, the newest frame
    /// read was sampled at or before drainTime - k × period (it was there) and after drainTime - (k + 1) × period (the
    /// frame after the last one left was not). While the assigned time of the newest frame lies in that window nothing
    /// changes; when it falls outside, the phase moves PhaseGain of the way back to the window's edge and the period
    /// estimate by PeriodGain of that distance. Drains land at all phases of the sample clock, so over time the windows
    /// pin the timestamps close to the true sampling instants. The first drain (and any error beyond RelockPeriods
    /// periods: frames lost, sensor restarted) places the newest frame mid-window in one step.
    /// Read the clock immediately before draining: time spent between the reading and the FIFO_COUNT read widens the
    /// window and shifts the timestamps late by up to that time.
    /// </summary>
    public sealed class SampleClock
    {
        /// <summary>Share of a window violation corrected in the phase per drain.</summary>
        public const float PhaseGain = 0.25f;
        /// <summary>Share of a window violation (µs) added to the period estimate (µs) per drain.</summary>
        public const float PeriodGain = 0.002f;
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
            if (!anchored)
            {
                float middle = periodMicroseconds * (0.5f + framesLeftInFifo);
                SetNext(nowMicroseconds, -middle - periodMicroseconds * (count - 1));
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

            // Newest frame's assigned time relative to the drain, µs (negative: before it).
            float newest = (float)(newestWhole - nowMicroseconds) + newestFraction;
            float latest = -periodMicroseconds * framesLeftInFifo;
            float earliest = latest - periodMicroseconds;
            float error;
            if (newest > latest) error = latest - newest;
            else if (newest <= earliest) error = earliest - newest;
            else return;

            if (error > RelockPeriods * periodMicroseconds || error < -RelockPeriods * periodMicroseconds)
            {
                Advance(0.5f * (latest + earliest) - newest);
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
