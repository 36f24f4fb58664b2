namespace WinkSensor.Core.Protocol.Messages
{
    /// <summary>Which IMU a raw frame comes from. Values are fixed: they travel in the protocol.</summary>
    public enum ImuSensorPosition : byte
    {
        /// <summary>MPU-6050 at I2C address 0x68, over the sacrum (~S2).</summary>
        Sacrum = 0,
        /// <summary>MPU-6050 at I2C address 0x69, at the thoracolumbar junction (~T12/L1).</summary>
        Thoracolumbar = 1,
    }
}
