using WinkSensor.Core.Protocol.Serial;

namespace WinkSensor.Core.Persistence
{
    /// <summary>Little-endian field access for the stored records.</summary>
    internal static class RecordBytes
    {
        public static void WriteUInt16(byte[] buffer, int offset, int value)
        {
            buffer[offset] = (byte)(value & 0xFF);
            buffer[offset + 1] = (byte)((value >> 8) & 0xFF);
        }

        public static int ReadUInt16(byte[] buffer, int offset)
        {
            return buffer[offset] | (buffer[offset + 1] << 8);
        }

        public static void WriteInt32(byte[] buffer, int offset, int value)
        {
            buffer[offset] = (byte)(value & 0xFF);
            buffer[offset + 1] = (byte)((value >> 8) & 0xFF);
            buffer[offset + 2] = (byte)((value >> 16) & 0xFF);
            buffer[offset + 3] = (byte)((value >> 24) & 0xFF);
        }

        public static int ReadInt32(byte[] buffer, int offset)
        {
            return buffer[offset] | (buffer[offset + 1] << 8) | (buffer[offset + 2] << 16) | (buffer[offset + 3] << 24);
        }

        /// <summary>Appends the CRC of bytes [0, count) at offset count; returns the total length.</summary>
        public static int Seal(byte[] buffer, int count)
        {
            WriteUInt16(buffer, count, Crc16Ccitt.Compute(buffer, 0, count));
            return count + 2;
        }

        /// <summary>True when the last two of length bytes are the CRC of the ones before.</summary>
        public static bool IsIntact(byte[] buffer, int length)
        {
            if (length < 2) return false;
            return ReadUInt16(buffer, length - 2) == Crc16Ccitt.Compute(buffer, 0, length - 2);
        }
    }
}
