using WinkSensor.Core.Protocol;

namespace WinkSensor.Host.Transports;

/// <summary>
/// The WinkSensor GATT service as the host sees it: one primary service, one characteristic per
/// <see cref="WearableChannel"/>. The single place the UUIDs live on the host side.
/// </summary>
/// <remarks>
/// The values are those of WinkSensor.Core.Protocol.GattUuids (protocol branch, docs/protocol.md), copied because
/// that branch is not merged into this one yet. After the merge each constant becomes <c>= GattUuids.X</c>
/// (Service, Events, LiveAngles, RawImu, Control, Configuration, Status) and nothing else changes.
/// </remarks>
public static class WearableGattProfile
{
    /// <summary>The WinkSensor primary service.</summary>
    public const string ServiceUuid = GattUuids.Service;

    public const string EventsCharacteristicUuid = GattUuids.Events;
    public const string LiveAnglesCharacteristicUuid = GattUuids.LiveAngles;
    public const string RawImuCharacteristicUuid = GattUuids.RawImu;
    public const string StatusCharacteristicUuid = GattUuids.Status;
    public const string ControlCharacteristicUuid = GattUuids.Control;
    public const string ConfigurationCharacteristicUuid = GattUuids.Configuration;

    /// <summary>Every channel, in characteristic order.</summary>
    public static IReadOnlyList<WearableChannel> AllChannels { get; } =
    [
        WearableChannel.Events, WearableChannel.LiveAngles, WearableChannel.RawImu,
        WearableChannel.Control, WearableChannel.Configuration, WearableChannel.Status,
    ];

    /// <summary>Channels the device notifies; the host subscribes to all of them on connect. All six: Control carries
    /// CommandResult answers, Configuration and Status answer ReadConfiguration/ReadStatus commands.</summary>
    public static IReadOnlyList<WearableChannel> NotifyingChannels => AllChannels;

    /// <summary>ATT_MTU every Bluetooth LE link starts with before an exchange (Core spec).</summary>
    public const int DefaultAttMtu = 23;

    /// <summary>ATT header bytes taken from each MTU by a notification or write (opcode + handle).</summary>
    public const int AttHeaderBytes = 3;

    public static string CharacteristicUuid(WearableChannel channel) => channel switch
    {
        WearableChannel.Events => EventsCharacteristicUuid,
        WearableChannel.LiveAngles => LiveAnglesCharacteristicUuid,
        WearableChannel.RawImu => RawImuCharacteristicUuid,
        WearableChannel.Status => StatusCharacteristicUuid,
        WearableChannel.Control => ControlCharacteristicUuid,
        WearableChannel.Configuration => ConfigurationCharacteristicUuid,
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, "Unknown wearable channel."),
    };

    /// <summary>The channel a characteristic UUID belongs to (case-insensitive), or null when it is not ours.</summary>
    public static WearableChannel? ChannelOf(string characteristicUuid)
    {
        foreach (var channel in AllChannels)
        {
            if (string.Equals(CharacteristicUuid(channel), characteristicUuid, StringComparison.OrdinalIgnoreCase))
            {
                return channel;
            }
        }

        return null;
    }
}
