namespace WinkSensor.Core.Protocol
{
    /// <summary>
    /// The fixed 128-bit UUIDs of the WinkSensor GATT service and its characteristics (docs/protocol.md).
    /// They differ only in the second 16-bit group, like other vendor services. Strings, so the core needs no Guid parsing.
    /// </summary>
    public static class GattUuids
    {
        public const string Service = "c8090001-067c-413c-aed0-7e6c8d5f623d";
        public const string Events = "c8090002-067c-413c-aed0-7e6c8d5f623d";
        public const string LiveAngles = "c8090003-067c-413c-aed0-7e6c8d5f623d";
        public const string RawImu = "c8090004-067c-413c-aed0-7e6c8d5f623d";
        public const string Control = "c8090005-067c-413c-aed0-7e6c8d5f623d";
        public const string Configuration = "c8090006-067c-413c-aed0-7e6c8d5f623d";
        public const string Status = "c8090007-067c-413c-aed0-7e6c8d5f623d";
    }
}
