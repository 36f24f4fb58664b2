namespace WinkSensor.Host.Transports;

/// <summary>How the host reaches a wearable.</summary>
public enum TransportKind
{
    /// <summary>Bluetooth Low Energy through BlueZ over D-Bus (Linux).</summary>
    BluezBluetoothLowEnergy,

    /// <summary>Bluetooth Low Energy through InTheHand.BluetoothLE (Windows, macOS; opt-in build).</summary>
    InTheHandBluetoothLowEnergy,

    /// <summary>USB serial port (the ESP32's USB-UART bridge) carrying the serial framing.</summary>
    UsbSerial,

    /// <summary>In-process pair with the virtual wearable.</summary>
    Loopback,
}
