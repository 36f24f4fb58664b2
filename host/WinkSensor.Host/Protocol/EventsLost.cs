namespace WinkSensor.Host.Protocol;

/// <summary>
/// Events the device logged but no longer holds: they were overwritten in its ring of the last 256 events before the
/// host asked for them (a disconnection that long). Sequences FirstSequence .. FirstSequence + Count - 1 are gone.
/// </summary>
public sealed record EventsLost(uint FirstSequence, uint Count)
{
    public uint LastSequence => FirstSequence + Count - 1;

    public override string ToString() => Count == 1
        ? $"1 device event (sequence {FirstSequence}) was lost: the device had overwritten it before the host asked for it."
        : $"{Count} device events (sequences {FirstSequence}-{LastSequence}) were lost: the device had overwritten them before the host asked for them.";
}
