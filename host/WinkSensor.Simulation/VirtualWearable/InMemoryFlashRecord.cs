using WinkSensor.Core.Persistence;

namespace WinkSensor.Simulation.VirtualWearable;

/// <summary>One flash record held in memory: what the firmware's flash file is to the virtual wearable. Give the same
/// instance to a new wearable to stand for a reboot with the record kept.</summary>
public sealed class InMemoryFlashRecord : IConfigurationStorage
{
    private readonly object gate = new();
    private byte[]? record;

    /// <summary>How many times the record was written.</summary>
    public int Writes { get; private set; }

    public int Read(byte[] buffer)
    {
        lock (gate)
        {
            if (record is null) return 0;
            int count = Math.Min(record.Length, buffer.Length);
            Array.Copy(record, buffer, count);
            return count;
        }
    }

    public bool Write(byte[] buffer, int count)
    {
        lock (gate)
        {
            record = buffer.AsSpan(0, count).ToArray();
            Writes++;
            return true;
        }
    }

    public void Erase()
    {
        lock (gate) record = null;
    }
}
