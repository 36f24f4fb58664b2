using WinkSensor.Core.Protocol;
using WinkSensor.Host.Transports;

namespace WinkSensor.Simulation.VirtualWearable;

/// <summary>
/// The virtual wearable's radio as the protocol objects see it: each frame is notified on the channel
/// <see cref="FrameTypes.ChannelOf"/> names, as the firmware's GATT server does. A frame is "taken" when a host is
/// connected, even if the fault injection then loses it in the air (like a BLE notification the stack sent but the
/// central never got), so the event log's cursor moves on and only the host's resume request brings it back.
/// Without a host the frame is refused and stays queued in the event log.
/// </summary>
public sealed class NotificationFrameLink(Func<WearableChannel, byte[], bool> notify, Func<bool> hostConnected, int maximumPayloadBytes)
    : IFrameLink
{
    public int MaximumPayloadBytes { get; } = maximumPayloadBytes;

    public bool TrySend(byte[] frame, int offset, int length)
    {
        if (length > MaximumPayloadBytes) return false;
        var channel = (WearableChannel)FrameTypes.ChannelOf(FrameTypes.TypeOf(frame, offset, length));
        var copy = frame.AsSpan(offset, length).ToArray();
        return notify(channel, copy) || hostConnected();
    }
}
