using WinkSensor.Host.Protocol;

namespace WinkSensor.Host.Calibration;

/// <summary>What an accelerometer calibration came to.</summary>
/// <param name="Message">Plain-language summary for the user.</param>
/// <param name="Calibrations">The AccelerometerCalibrated events received (two when complete: sacrum, thoracolumbar).</param>
/// <param name="LastProgress">The last progress report seen; null when none arrived.</param>
/// <param name="StatusBefore">The wearable's status before the start; null when it never answered.</param>
public sealed record AccelerometerCalibrationOutcome(
    AccelerometerCalibrationEnding Ending, string Message, IReadOnlyList<AccelerometerCalibratedEvent> Calibrations,
    AccelerometerCalibrationProgress? LastProgress, DeviceStatus? StatusBefore)
{
    /// <summary>Calibrations newly written to the store (an event seen again is not written twice).</summary>
    public int StoredCalibrations { get; init; }

    /// <summary>Times the link dropped and was reconnected during the procedure.</summary>
    public int Reconnections { get; init; }
}
