using System.Collections.Concurrent;
using WinkSensor.Host.Transports;

namespace WinkSensor.Host.Tests.Transports;

/// <summary>A device model for transport tests: records every write, answers reads with set values, and
/// rejects writes whose first byte is <see cref="RejectedCommand"/> with <see cref="RejectionCode"/>.</summary>
public sealed class ScriptedWearableModel : IWearableDeviceModel
{
    public ConcurrentQueue<(WearableChannel Channel, byte[] Frame)> Writes { get; } = new();

    public ConcurrentDictionary<WearableChannel, byte[]> Values { get; } = new();

    public byte? RejectedCommand { get; set; }

    public byte RejectionCode { get; set; } = 0x81;

    public DeviceWriteResult HandleWrite(WearableChannel channel, byte[] frame)
    {
        Writes.Enqueue((channel, frame));
        if (RejectedCommand is byte rejected && frame.Length > 0 && frame[0] == rejected)
        {
            return DeviceWriteResult.Rejected(RejectionCode);
        }

        Values[channel] = frame;
        return DeviceWriteResult.Accepted;
    }

    public byte[] Read(WearableChannel channel) => Values.TryGetValue(channel, out var value) ? value : [];
}
