namespace WinkSensor.Host.Storage;

/// <summary>What the host alerted the user about (sound or desktop notification).</summary>
public enum AlertKind
{
    Wink,
    Fault,
    BatteryLow,
    ConnectionLost,
    ConnectionRestored,
}
