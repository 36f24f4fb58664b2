namespace WinkSensor.Core.Protocol.Serial
{
    /// <summary>The USB serial port's transmit side, as the firmware's serial adapter provides it.</summary>
    public interface IByteWriter
    {
        /// <summary>False when the bytes were not written (port closed, transmit buffer full).</summary>
        bool TryWrite(byte[] buffer, int offset, int length);
    }
}
