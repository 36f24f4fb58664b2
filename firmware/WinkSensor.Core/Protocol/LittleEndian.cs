namespace WinkSensor.Core.Protocol
{
    /// <summary>Little-endian field access. Callers have checked the range.</summary>
    public static class LittleEndian
    {
        public static void WriteUInt16(byte[] buffer, int offset, ushort value)
        {
            buffer[offset] = (byte)value;
            buffer[offset + 1] = (byte)(value >> 8);
        }

        public static void WriteInt16(byte[] buffer, int offset, short value)
        {
            WriteUInt16(buffer, offset, (ushort)value);
        }

        public static void WriteUInt32(byte[] buffer, int offset, uint value)
        {
            buffer[offset] = (byte)value;
            buffer[offset + 1] = (byte)(value >> 8);
            buffer[offset + 2] = (byte)(value >> 16);
            buffer[offset + 3] = (byte)(value >> 24);
        }

        public static ushort ReadUInt16(byte[] buffer, int offset)
        {
            return (ushort)(buffer[offset] | (buffer[offset + 1] << 8));
        }

        public static short ReadInt16(byte[] buffer, int offset)
        {
            return (short)ReadUInt16(buffer, offset);
        }

        public static uint ReadUInt32(byte[] buffer, int offset)
        {
            return (uint)buffer[offset] | ((uint)buffer[offset + 1] << 8) | ((uint)buffer[offset + 2] << 16) | ((uint)buffer[offset + 3] << 24);
        }
    }
}
