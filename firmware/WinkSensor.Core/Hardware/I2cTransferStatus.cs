namespace WinkSensor.Core.Hardware
{
    /// <summary>Outcome of one I2C transaction (mirrors System.Device.I2c.I2cTransferStatus on the device).</summary>
    public enum I2cTransferStatus : byte
    {
        FullTransfer = 0,
        PartialTransfer = 1,
        AddressNotAcknowledged = 2,
        ClockStretchTimeout = 3,
        UnknownError = 4,
    }
}
