namespace WinkSensor.Core.Input
{
    /// <summary>
    /// A rhythm for the LED or the motor: segment durations in ms, alternating on and off, starting with on.
    /// Repeating patterns loop forever; the others play once and end off.
    /// </summary>
    public sealed class OnOffPattern
    {
        private readonly int[] segmentMilliseconds;
        private readonly bool repeats;
        private readonly long periodMicroseconds;

        public OnOffPattern(int[] segmentMilliseconds, bool repeats)
        {
            this.segmentMilliseconds = segmentMilliseconds;
            this.repeats = repeats;
            long total = 0;
            for (int i = 0; i < segmentMilliseconds.Length; i++) total += segmentMilliseconds[i];
            periodMicroseconds = total * 1000L;
        }

        public bool Repeats { get { return repeats; } }

        /// <summary>Length of one pass, microseconds.</summary>
        public long PeriodMicroseconds { get { return periodMicroseconds; } }

        /// <summary>On or off at elapsedMicroseconds after the start.</summary>
        public bool IsOnAt(long elapsedMicroseconds)
        {
            if (elapsedMicroseconds < 0 || periodMicroseconds <= 0) return false;
            if (elapsedMicroseconds >= periodMicroseconds)
            {
                if (!repeats) return false;
                elapsedMicroseconds %= periodMicroseconds;
            }
            long segmentEnd = 0;
            for (int i = 0; i < segmentMilliseconds.Length; i++)
            {
                segmentEnd += segmentMilliseconds[i] * 1000L;
                if (elapsedMicroseconds < segmentEnd) return (i & 1) == 0;
            }
            return false;
        }

        /// <summary>True once a one-shot pattern has played to its end.</summary>
        public bool IsFinishedAt(long elapsedMicroseconds)
        {
            return !repeats && elapsedMicroseconds >= periodMicroseconds;
        }
    }
}
