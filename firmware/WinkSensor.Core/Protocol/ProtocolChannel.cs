namespace WinkSensor.Core.Protocol
{
    /// <summary>The characteristics of the WinkSensor GATT service (UUIDs in docs/protocol.md and GattUuids).</summary>
    public enum ProtocolChannel : byte
    {
        Events = 0,
        LiveAngles = 1,
        RawImu = 2,
        Control = 3,
        Configuration = 4,
        Status = 5,
    }
}
