namespace WinkSensor.Core.Protocol
{
    /// <summary>Why a frame was or was not decoded. Decoders return one of these and never throw.</summary>
    public enum DecodeResult : byte
    {
        Ok = 0,
        /// <summary>Buffer missing, or offset/length outside it.</summary>
        BadRange = 1,
        /// <summary>Shorter or longer than the frame type's fixed length.</summary>
        BadLength = 2,
        /// <summary>Byte 0 is not ProtocolVersion.Current.</summary>
        BadVersion = 3,
        /// <summary>Byte 1 is not the type this decoder reads.</summary>
        WrongFrameType = 4,
        /// <summary>A field holds a value the layout forbids (reserved bits set, a boolean other than 0/1, an unknown enum value).</summary>
        BadValue = 5,
        /// <summary>Byte 1 is no known frame type.</summary>
        UnknownFrameType = 6,
    }
}
