using WinkSensor.Core.Persistence;

namespace WinkSensor.Core.Tests.Persistence;

/// <summary>Flash stand-in: one byte record, with switches to fail reads or writes.</summary>
public sealed class InMemoryConfigurationStorage : IConfigurationStorage
{
    public byte[]? Stored;
    public bool FailReads;
    public bool FailWrites;
    public int EraseCount;

    public int Read(byte[] buffer)
    {
        if (FailReads) return -1;
        if (Stored == null) return 0;
        int count = Math.Min(buffer.Length, Stored.Length);
        Array.Copy(Stored, buffer, count);
        return count;
    }

    public bool Write(byte[] buffer, int count)
    {
        if (FailWrites) return false;
        Stored = buffer.Take(count).ToArray();
        return true;
    }

    public void Erase()
    {
        Stored = null;
        EraseCount++;
    }
}
