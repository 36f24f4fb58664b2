namespace WinkSensor.Host.LiveRecording;

/// <summary>
/// Turns the protocol's device times (ms since boot, uint32, wrapping every 49.7 days) into a continuous µs count,
/// as the store keeps them. Times may come slightly out of order (resent events): each is placed nearest to the
/// previous one, modulo 2^32 ms.
/// </summary>
public sealed class DeviceClockUnwrapper
{
    private long lastMilliseconds = -1;

    public long ToMicroseconds(uint milliseconds)
    {
        if (lastMilliseconds < 0)
        {
            lastMilliseconds = milliseconds;
            return milliseconds * 1000L;
        }
        int step = unchecked((int)(milliseconds - (uint)lastMilliseconds));
        long unwrapped = lastMilliseconds + step;
        if (step > 0) lastMilliseconds = unwrapped;
        return unwrapped * 1000L;
    }

    /// <summary>The device restarted: its clock began again at 0.</summary>
    public void Reset() => lastMilliseconds = -1;
}
