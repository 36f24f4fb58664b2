namespace WinkSensor.Host.Transports;

/// <summary>
/// The WinkSensor GATT service as the host sees it: one primary service, one characteristic per
/// <see cref="WearableChannel"/>. The single place the UUIDs live on the host side.
/// </summary>
/// <remarks>
/// PROVISIONAL: these UUIDs stand in until the protocol (docs/protocol.md, WinkSensor.Core.Protocol) defines them;
/// switch the constants below to the protocol's constants and nothing else changes.
/// </remarks>
public static class WearableGattProfile
{
    /// <summary>The WinkSensor primary service.</summary>
    public const string ServiceUuid = "5a1e0001-7c4b-4c2e-9d3a-57494e4b0001";

    public const string EventsCharacteristicUuid = "5a1e0002-7c4b-4c2e-9d3a-57494e4b0001";
    public const string LiveAnglesCharacteristicUuid = "5a1e0003-7c4b-4c2e-9d3a-57494e4b0001";
    public const string RawImuCharacteristicUuid = "5a1e0004-7c4b-4c2e-9d3a-57494e4b0001";
    public const string StatusCharacteristicUuid = "5a1e0005-7c4b-4c2e-9d3a-57494e4b0001";
    public const string ControlCharacteristicUuid = "5a1e0006-7c4b-4c2e-9d3a-57494e4b0001";
    public const string ConfigurationCharacteristicUuid = "5a1e0007-7c4b-4c2e-9d3a-57494e4b0001";

    /// <summary>Channels the device pushes as notifications; the host subscribes to all of them on connect.</summary>
    public static IReadOnlyList<WearableChannel> NotifyingChannels { get; } =
        [WearableChannel.Events, WearableChannel.LiveAngles, WearableChannel.RawImu, WearableChannel.Status];

    /// <summary>Every channel, in characteristic order.</summary>
    public static IReadOnlyList<WearableChannel> AllChannels { get; } =
    [
        WearableChannel.Events, WearableChannel.LiveAngles, WearableChannel.RawImu,
        WearableChannel.Status, WearableChannel.Control, WearableChannel.Configuration,
    ];

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
