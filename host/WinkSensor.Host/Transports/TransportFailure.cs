namespace WinkSensor.Host.Transports;

/// <summary>Why a transport operation failed; lets the CLI print advice instead of a stack trace.</summary>
public enum TransportFailure
{
    /// <summary>No Bluetooth adapter (or no BlueZ on the system bus).</summary>
    NoAdapter,

    /// <summary>The Bluetooth adapter exists but is switched off.</summary>
    AdapterPoweredOff,

    /// <summary>No device with that address was seen (out of range, switched off, never discovered).</summary>
    DeviceNotFound,

    /// <summary>The link could not be established (radio, timeout, port busy or missing).</summary>
    ConnectionFailed,

    /// <summary>The device is connected but does not offer the WinkSensor service or one of its characteristics:
    /// usually the wrong device or firmware.</summary>
    ServiceNotFound,

    /// <summary>The device answered with an authentication/encryption error: pair it first.</summary>
    NotPaired,

    /// <summary>The device refused a control or configuration write (its own error reply).</summary>
    WriteRejected,

    /// <summary>The device did not answer a read.</summary>
    ReadFailed,

    /// <summary>The operation needs a live connection and the link has dropped.</summary>
    NotConnected,

    /// <summary>The frame is larger than the link can carry in one write.</summary>
    FrameTooLarge,
}
