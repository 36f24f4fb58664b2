namespace WinkSensor.Core.Protocol
{
    /// <summary>Conversions from the runtime's units to the wire's fixed-point units (docs/protocol.md, "Units").</summary>
    public static class ProtocolUnits
    {
        /// <summary>Sent for an angle that is not available (NaN), centidegrees.</summary>
        public const short AngleNotAvailable = short.MinValue;
        /// <summary>Sent for an unsigned 16-bit quantity that is not available (for example the onset depth of a rep without a wink).</summary>
        public const ushort NotAvailable = 0xFFFF;

        /// <summary>Device microseconds since boot to the wire's uint32 milliseconds since boot (wraps every 49.7 days).</summary>
        public static uint ToMilliseconds(long microseconds)
        {
            return (uint)((microseconds / 1000) & 0xFFFFFFFFL);
        }

        /// <summary>Degrees to int16 centidegrees, rounded, clamped to ±327.67 deg; NaN gives AngleNotAvailable.</summary>
        public static short ToCentidegrees(float degrees)
        {
            if (float.IsNaN(degrees)) return AngleNotAvailable;
            float scaled = degrees * 100f;
            if (scaled >= 32767f) return 32767;
            if (scaled <= -32767f) return -32767;
            return (short)(scaled >= 0f ? scaled + 0.5f : scaled - 0.5f);
        }

        /// <summary>Non-negative value times scale, rounded, to uint16 clamped to 0..65534; NaN or negative gives NotAvailable.</summary>
        public static ushort ToScaledUInt16(float value, float scale)
        {
            if (!(value >= 0f)) return NotAvailable;
            float scaled = value * scale + 0.5f;
            if (scaled >= 65534f) return 65534;
            return (ushort)scaled;
        }

        /// <summary>A duration in microseconds to uint16 milliseconds, clamped to 0..65535.</summary>
        public static ushort ToMillisecondsOffset(long microseconds)
        {
            long milliseconds = microseconds / 1000;
            if (milliseconds <= 0) return 0;
            if (milliseconds >= 65535) return 65535;
            return (ushort)milliseconds;
        }

        /// <summary>An integer count to uint16, clamped to 0..65535.</summary>
        public static ushort ToCount(int value)
        {
            if (value <= 0) return 0;
            if (value >= 65535) return 65535;
            return (ushort)value;
        }
    }
}
