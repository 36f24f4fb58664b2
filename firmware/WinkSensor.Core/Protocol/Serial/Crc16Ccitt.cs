namespace WinkSensor.Core.Protocol.Serial
{
    /// <summary>
    /// CRC-16/CCITT-FALSE (catalogued as CRC-16/IBM-3740): polynomial 0x1021, initial value 0xFFFF, no reflection,
    /// no final XOR. Check value: "123456789" gives 0x29B1.
    /// </summary>
    public static class Crc16Ccitt
    {
        public const ushort InitialValue = 0xFFFF;

        public static ushort Compute(byte[] data, int offset, int length)
        {
            return Update(InitialValue, data, offset, length);
        }

        public static ushort Update(ushort crc, byte[] data, int offset, int length)
        {
            for (int i = 0; i < length; i++) crc = Update(crc, data[offset + i]);
            return crc;
        }

        public static ushort Update(ushort crc, byte value)
        {
            int register = crc ^ (value << 8);
            for (int bit = 0; bit < 8; bit++)
                register = (register & 0x8000) != 0 ? (register << 1) ^ 0x1021 : register << 1;
            return (ushort)register;
        }
    }
}
