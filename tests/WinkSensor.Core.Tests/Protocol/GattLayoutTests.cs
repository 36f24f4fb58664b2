using WinkSensor.Core.Protocol;

namespace WinkSensor.Core.Tests.Protocol;

/// <summary>The GATT UUIDs are fixed, distinct, and the advertising packet of docs/protocol.md fits legacy advertising.</summary>
public class GattLayoutTests
{
    private static readonly string[] Characteristics =
        [GattUuids.Events, GattUuids.LiveAngles, GattUuids.RawImu, GattUuids.Control, GattUuids.Configuration, GattUuids.Status];

    [Fact]
    public void Uuids_are_valid_distinct_and_share_the_service_base()
    {
        var all = Characteristics.Append(GattUuids.Service).Select(Guid.Parse).ToList();
        Assert.Equal(7, all.Distinct().Count());
        Assert.All(Characteristics, c => Assert.Equal(GattUuids.Service[8..], c[8..]));
        Assert.Equal("c8090001-067c-413c-aed0-7e6c8d5f623d", GattUuids.Service); // fixed forever: hosts search for it
    }

    [Fact]
    public void Flags_service_uuid_and_an_eight_byte_name_fill_exactly_one_legacy_advertising_packet()
    {
        var advertising = new List<byte> { 0x02, 0x01, 0x06 };
        byte[] uuid = Guid.Parse(GattUuids.Service).ToByteArray(bigEndian: true).Reverse().ToArray();
        advertising.AddRange([0x11, 0x07]);
        advertising.AddRange(uuid);
        byte[] name = "Wink3F7A"u8.ToArray();
        advertising.AddRange([(byte)(name.Length + 1), 0x09]);
        advertising.AddRange(name);
        Assert.Equal(31, advertising.Count);
        Assert.Equal("3D625F8D6C7ED0AE3C417C06010009C8", Convert.ToHexString(uuid)); // as written in docs/protocol.md
    }

    [Fact]
    public void Every_device_frame_type_maps_to_its_characteristic()
    {
        Assert.Equal(ProtocolChannel.Events, FrameTypes.ChannelOf((byte)FrameType.RepMetrics));
        Assert.Equal(ProtocolChannel.LiveAngles, FrameTypes.ChannelOf((byte)FrameType.LiveAngles));
        Assert.Equal(ProtocolChannel.RawImu, FrameTypes.ChannelOf((byte)FrameType.RawImu));
        Assert.Equal(ProtocolChannel.Status, FrameTypes.ChannelOf((byte)FrameType.Status));
        Assert.Equal(ProtocolChannel.Configuration, FrameTypes.ChannelOf((byte)FrameType.Configuration));
        Assert.Equal(ProtocolChannel.Control, FrameTypes.ChannelOf((byte)FrameType.CommandResult));
        Assert.True(FrameTypes.IsEvent((byte)FrameType.Calibrated));
        Assert.False(FrameTypes.IsEvent((byte)FrameType.LiveAngles));
    }
}
