namespace WinkSensor.Core.Protocol
{
    /// <summary>The frame layout version carried in byte 0 of every frame (docs/protocol.md).</summary>
    public static class ProtocolVersion
    {
        /// <summary>Layout version 1. A decoder accepts only the version it knows: new fields mean a new version.</summary>
        public const byte Current = 1;
    }
}
