namespace WinkSensor.Core.Input
{
    /// <summary>
    /// Hands button edges from the GPIO event thread to the main loop: a fixed ring of timestamps under a lock.
    /// When full the newest edge is dropped (a wearer cannot press 16 times within one 20 ms loop pass).
    /// </summary>
    public sealed class ButtonEdgeQueue
    {
        private const int Capacity = 16;
        private readonly long[] times = new long[Capacity];
        private readonly bool[] pressed = new bool[Capacity];
        private readonly object gate = new object();
        private int head;
        private int count;

        public bool Enqueue(long timeMicroseconds, bool isPressed)
        {
            lock (gate)
            {
                if (count == Capacity) return false;
                int tail = (head + count) % Capacity;
                times[tail] = timeMicroseconds;
                pressed[tail] = isPressed;
                count++;
                return true;
            }
        }

        public bool TryDequeue(out long timeMicroseconds, out bool isPressed)
        {
            lock (gate)
            {
                if (count == 0)
                {
                    timeMicroseconds = 0;
                    isPressed = false;
                    return false;
                }
                timeMicroseconds = times[head];
                isPressed = pressed[head];
                head = (head + 1) % Capacity;
                count--;
                return true;
            }
        }
    }
}
