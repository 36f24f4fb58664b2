namespace WinkSensor.Host.Transports.Loopback;

/// <summary>
/// The loopback's fault dice. A notification's fate follows from its content and how often that same frame was sent
/// before, not from the order in which threads happen to send: event n's first transmission is lost (or not) in every
/// run with the same seed, however the wearable's sample loop and the host's resend requests interleave.
/// Not thread-safe: the link rolls under its lock.
/// </summary>
internal sealed class NotificationDice(int seed)
{
    private readonly Dictionary<ulong, int> eventFramesSent = [];

    /// <summary>Two independent numbers in [0, 1) for this notification: one for losing it, one for dropping the link.</summary>
    public (double Loss, double LinkDrop) Roll(WearableChannel channel, byte[] frame)
    {
        ulong content = Fnv1a(frame, (ulong)(uint)seed * 31 + (ulong)channel);
        // Event frames are resent byte for byte; every other frame carries a counter, time or request id of its own.
        int earlier = 0;
        if (channel == WearableChannel.Events)
        {
            eventFramesSent.TryGetValue(content, out earlier);
            eventFramesSent[content] = earlier + 1;
        }
        ulong roll = Mix(content ^ Mix((ulong)earlier + 1));
        return (Unit(roll), Unit(Mix(roll)));
    }

    private static ulong Fnv1a(byte[] bytes, ulong start)
    {
        ulong hash = 14695981039346656037UL ^ Mix(start);
        foreach (byte b in bytes) hash = (hash ^ b) * 1099511628211UL;
        return hash;
    }

    /// <summary>SplitMix64's finaliser: spreads every input bit over the whole word.</summary>
    private static ulong Mix(ulong value)
    {
        value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL;
        value = (value ^ (value >> 27)) * 0x94D049BB133111EBUL;
        return value ^ (value >> 31);
    }

    private static double Unit(ulong value) => (value >> 11) * (1.0 / (1UL << 53));
}
