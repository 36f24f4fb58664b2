using WinkSensor.Core.Protocol;

namespace WinkSensor.Simulation.Links;

/// <summary>
/// A frame link that misbehaves like a radio, reproducibly from a seed: while connected it silently drops a share
/// of the frames it accepts (TrySend still answers true, as a BLE notification lost in the air would), and it
/// disconnects at random, refusing everything until Tick() reconnects it. Frames that get through wait in a bounded
/// queue for the receiver (TryReceive), like a BLE stack's notification buffer: when it is full TrySend refuses
/// (congestion), and a disconnection loses what it holds. The receiver never runs inside the sender's call.
/// </summary>
public sealed class LossyLink : IFrameLink
{
    private readonly Random random;
    private readonly Queue<byte[]> delivered = new();

    /// <param name="seed">Seed of the link's own random choices.</param>
    /// <param name="dropProbability">Share of accepted frames silently lost, 0..1.</param>
    /// <param name="disconnectProbability">Chance that any one send breaks the connection (the frame is refused), 0..1.</param>
    /// <param name="reconnectProbability">Chance that one Tick() while disconnected reconnects, 0..1.</param>
    /// <param name="maximumPayloadBytes">Largest frame carried (ATT_MTU - 3; 20 by default). Longer frames are refused.</param>
    /// <param name="queueCapacity">Frames in flight before TrySend refuses for congestion.</param>
    public LossyLink(int seed, double dropProbability = 0.1, double disconnectProbability = 0.02,
        double reconnectProbability = 0.1, int maximumPayloadBytes = 20, int queueCapacity = 8)
    {
        QueueCapacity = queueCapacity;
        random = new Random(seed);
        DropProbability = dropProbability;
        DisconnectProbability = disconnectProbability;
        ReconnectProbability = reconnectProbability;
        MaximumPayloadBytes = maximumPayloadBytes;
    }

    public double DropProbability { get; set; }
    public double DisconnectProbability { get; set; }
    public double ReconnectProbability { get; set; }
    public int MaximumPayloadBytes { get; }
    public int QueueCapacity { get; set; }
    public bool Connected { get; private set; } = true;

    public int FramesDelivered { get; private set; }
    public int FramesDropped { get; private set; }
    public int FramesRefused { get; private set; }
    public int Disconnections { get; private set; }
    public int PendingFrames => delivered.Count;

    /// <summary>Raised when Tick() or Connect() restores the connection.</summary>
    public event Action? Reconnected;

    public bool TrySend(byte[] frame, int offset, int length)
    {
        if (!Connected || length > MaximumPayloadBytes || delivered.Count >= QueueCapacity)
        {
            FramesRefused++;
            return false;
        }
        if (random.NextDouble() < DisconnectProbability)
        {
            Disconnect();
            FramesRefused++;
            return false;
        }
        if (random.NextDouble() < DropProbability)
        {
            FramesDropped++;
            return true;
        }
        delivered.Enqueue(frame.AsSpan(offset, length).ToArray());
        FramesDelivered++;
        return true;
    }

    public bool TryReceive(out byte[] frame) => delivered.TryDequeue(out frame!);

    /// <summary>One step of time: while disconnected, reconnects with ReconnectProbability.</summary>
    public void Tick()
    {
        if (!Connected && random.NextDouble() < ReconnectProbability) Connect();
    }

    /// <summary>Breaks the connection; frames in flight are lost, as they are when a radio link drops.</summary>
    public void Disconnect()
    {
        if (!Connected) return;
        Connected = false;
        Disconnections++;
        FramesDropped += delivered.Count;
        delivered.Clear();
    }

    public void Connect()
    {
        if (Connected) return;
        Connected = true;
        Reconnected?.Invoke();
    }
}
