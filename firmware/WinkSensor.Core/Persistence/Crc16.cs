namespace WinkSensor.Core.Persistence
{
    /// <summary>
    /// CRC-16/CCITT-FALSE (polynomial 0x1021, initial value 0xFFFF, no reflection, no final XOR; check value for the
    /// ASCII bytes "123456789" is 0x29B1). Bitwise, no table: records are a few bytes and written rarely.
    /// </summary>
    public static class Crc16
    {
        public static ushort Compute(byte[] data, int offset, int count)
        {
            int crc = 0xFFFF;
            for (int i = offset; i < offset + count; i++)
            {
                crc ^= data[i] << 8;
                for (int bit = 0; bit < 8; bit++)
                {
                    if ((crc & 0x8000) != 0) crc = (crc << 1) ^ 0x1021;
                    else crc <<= 1;
                }
                crc &= 0xFFFF;
            }
            return (ushort)crc;
        }
    }
}
