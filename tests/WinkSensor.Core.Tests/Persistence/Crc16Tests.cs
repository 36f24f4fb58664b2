using WinkSensor.Core.Protocol.Serial;
using System.Text;
using WinkSensor.Core.Persistence;

namespace WinkSensor.Core.Tests.Persistence;

public class Crc16Tests
{
    [Fact]
    public void Matches_the_published_check_value_of_crc16_ccitt_false()
    {
        // The catalogue check value: CRC of the ASCII digits "123456789" is 0x29B1.
        byte[] digits = Encoding.ASCII.GetBytes("123456789");
        Assert.Equal(0x29B1, Crc16Ccitt.Compute(digits, 0, digits.Length));
    }

    [Fact]
    public void Any_single_bit_flip_changes_the_checksum()
    {
        byte[] data = { 0x57, 0x43, 1, 7, 0x20, 0x03, 1, 0, 10, 0, 25 };
        ushort original = Crc16Ccitt.Compute(data, 0, data.Length);
        for (int bit = 0; bit < data.Length * 8; bit++)
        {
            data[bit / 8] ^= (byte)(1 << (bit % 8));
            Assert.NotEqual(original, Crc16Ccitt.Compute(data, 0, data.Length));
            data[bit / 8] ^= (byte)(1 << (bit % 8));
        }
    }
}
