using WinkSensor.Host.Protocol;

namespace WinkSensor.Host.Calibration;

/// <summary>What a live display shows while the calibration runs.</summary>
/// <param name="Started">The wearable accepted the start command.</param>
/// <param name="Progress">The latest progress report; null until the first arrives.</param>
public sealed record AccelerometerCalibrationLiveView(bool Connected, bool Started, AccelerometerCalibrationProgress? Progress);
