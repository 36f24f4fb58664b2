namespace WinkSensor.Core.Sensors
{
    /// <summary>Fixed-capacity ring of timestamped frames of one sensor, oldest first. Allocates only in the constructor.</summary>
    internal sealed class ImuFrameQueue
    {
        private readonly ImuSample[] samples;
        private readonly long[] timestamps;
        private int head;
        private int count;

        public ImuFrameQueue(int capacity)
        {
            samples = new ImuSample[capacity];
            timestamps = new long[capacity];
        }

        public int Count { get { return count; } }

        public int Free { get { return samples.Length - count; } }

        public long OldestTimestamp { get { return timestamps[head]; } }

        public ImuSample Oldest { get { return samples[head]; } }

        public void Add(ImuSample sample, long timestampMicroseconds)
        {
            int tail = (head + count) % samples.Length;
            samples[tail] = sample;
            timestamps[tail] = timestampMicroseconds;
            count++;
        }

        public void RemoveOldest()
        {
            head = (head + 1) % samples.Length;
            count--;
        }

        public void Clear()
        {
            head = 0;
            count = 0;
        }
    }
}
