namespace WinkSensor.Simulation.Sensors;

public enum SensorSite
{
    /// <summary>On the skin over S2 (the MPU-6050 at I2C address 0x68).</summary>
    Sacrum,
    /// <summary>On the skin over T12/L1 (the MPU-6050 at I2C address 0x69).</summary>
    Thoracolumbar,
}
