namespace WinkSensor.Core.Hardware
{
    /// <summary>
    /// One I2C bus shared by several devices. On the device it is a thin adapter over I2cDevice.WriteRead;
    /// in tests it is a simulated register map. Buffers are supplied by the caller so nothing is allocated per call.
    /// </summary>
    public interface II2cBus
    {
        /// <summary>Writes writeCount bytes, then (repeated start) reads readCount bytes, in one transaction.
        /// readCount may be 0 for a plain write.</summary>
        I2cTransferStatus WriteRead(byte deviceAddress, byte[] writeBuffer, int writeCount, byte[] readBuffer, int readCount);
    }
}
