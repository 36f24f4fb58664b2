namespace WinkSensor.Simulation.Hardware;

/// <summary>
/// The MPU-6050's byte FIFO. When full, a new byte pushes the oldest one out (register map rev 4.2, 4.31: "the oldest
/// data will be lost and new data will be written"), so after an overflow the reader is no longer on a frame boundary.
/// Reading an empty FIFO returns the last byte read again.
/// </summary>
public sealed class SimulatedFifo(int capacityBytes)
{
    private readonly byte[] bytes = new byte[capacityBytes];
    private int head;
    private byte lastRead;

    public int CapacityBytes => bytes.Length;

    public int Count { get; private set; }

    /// <summary>Adds one byte; returns false when that pushed the oldest byte out.</summary>
    public bool Push(byte value)
    {
        bool overflowed = false;
        if (Count == bytes.Length)
        {
            head = (head + 1) % bytes.Length;
            Count--;
            overflowed = true;
        }
        bytes[(head + Count) % bytes.Length] = value;
        Count++;
        return !overflowed;
    }

    public byte Pop()
    {
        if (Count == 0) return lastRead;
        lastRead = bytes[head];
        head = (head + 1) % bytes.Length;
        Count--;
        return lastRead;
    }

    public void Clear()
    {
        head = 0;
        Count = 0;
    }
}
