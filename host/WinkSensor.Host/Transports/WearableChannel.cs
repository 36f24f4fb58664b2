namespace WinkSensor.Host.Transports;

/// <summary>
/// The logical pipes between the wearable and the host. Over Bluetooth LE each channel is one GATT characteristic;
/// over USB serial the channel travels in the frame header.
/// </summary>
public enum WearableChannel
{
    /// <summary>Device → host notifications: squat phase changes, reps, winks, faults.</summary>
    Events = 1,

    /// <summary>Device → host notifications: live sacrum and thoracolumbar angles for the live view.</summary>
    LiveAngles = 2,

    /// <summary>Device → host notifications: raw MPU-6050 samples from both IMUs (diagnostic recording).</summary>
    RawImu = 3,

    /// <summary>Device → host notifications and reads: battery, calibration and fault status.</summary>
    Status = 4,

    /// <summary>Host → device commands (start/stop session, calibrate, request missed events), written with response.</summary>
    Control = 5,

    /// <summary>Host ↔ device configuration: written with response, readable.</summary>
    Configuration = 6,
}
