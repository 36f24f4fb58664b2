namespace WinkSensor.Host.Transports;

/// <summary>
/// The logical pipes between the wearable and the host. Over Bluetooth LE each channel is one GATT characteristic
/// (all of them notify); over USB serial every frame travels on one stream and its channel follows from its frame type.
/// </summary>
/// <remarks>Same names and numbers as WinkSensor.Core.Protocol.ProtocolChannel (protocol branch), so a cast converts.</remarks>
public enum WearableChannel
{
    /// <summary>Device → host: sequence-numbered events (calibrated, rep completed, wink detected, fault, ...).</summary>
    Events = 0,

    /// <summary>Device → host: live sacrum/thoracolumbar angles for the live view.</summary>
    LiveAngles = 1,

    /// <summary>Device → host: raw MPU-6050 samples from both IMUs (diagnostic recording).</summary>
    RawImu = 2,

    /// <summary>Host → device Command frames (written with response); device → host CommandResult notifications.</summary>
    Control = 3,

    /// <summary>Host → device configuration writes; readable; notified after a ReadConfiguration command.</summary>
    Configuration = 4,

    /// <summary>Battery, sensor health, calibration, latest event sequence: readable and notified.</summary>
    Status = 5,
}
