namespace WinkSensor.Host.Transports.Loopback;

/// <summary>Faults the loopback link can inject between the virtual wearable and the host.</summary>
public sealed class LoopbackFaultInjection
{
    /// <summary>Probability (0–1) that a notification is lost on the way, like a missed radio packet. Default 0.</summary>
    public double NotificationDropProbability { get; init; }

    /// <summary>Drop the link after this many notifications were delivered; null (default) never.</summary>
    public int? DisconnectAfterNotifications { get; init; }

    /// <summary>Probability (0–1) that the link drops as a notification goes out (that notification is not delivered),
    /// like a connection lost at random. Default 0.</summary>
    public double LinkDropProbability { get; init; }

    /// <summary>Seed for the drop decisions. Each decision follows from the seed and the frame (its bytes and how often
    /// it was sent before), so a faulty run repeats exactly whatever the thread timing. Default 1.</summary>
    public int RandomSeed { get; init; } = 1;

    public static LoopbackFaultInjection None { get; } = new();
}
