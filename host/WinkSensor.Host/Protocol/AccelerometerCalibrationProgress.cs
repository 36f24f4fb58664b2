using WinkSensor.Core.Calibration;

namespace WinkSensor.Host.Protocol;

/// <summary>
/// How far the six-position accelerometer calibration has got (frame 0x22, notified on the Status characteristic,
/// streamed on serial; never resent). Counter gaps are dropped frames.
/// </summary>
/// <param name="SecondsRemaining">Seconds before the procedure times out; 0 once it has ended.</param>
public sealed record AccelerometerCalibrationProgress(
    uint Counter, AccelerometerCalibrationState State, BoardCalibrationProgress Sacrum, BoardCalibrationProgress Thoracolumbar,
    int SecondsRemaining)
{
    /// <summary>Complete, Failed, Cancelled or TimedOut: the device has left the procedure.</summary>
    public bool HasEnded => State is not (AccelerometerCalibrationState.Idle or AccelerometerCalibrationState.Collecting);
}

/// <summary>One sensor board's part of the calibration progress.</summary>
/// <param name="FacesCapturedMask">Bit (1 &lt;&lt; face) set for every <see cref="AccelerometerFace"/> already captured.</param>
/// <param name="FaceHeld">The face the board rests on right now; null while it moves or lies between faces.</param>
/// <param name="HoldPercent">How much of the required still time the current face has had, % (0..100).</param>
public sealed record BoardCalibrationProgress(
    byte FacesCapturedMask, AccelerometerFace? FaceHeld, int HoldPercent, SixPositionCalibrationResult Result)
{
    public const int FaceCount = 6;

    public bool HasCaptured(AccelerometerFace face) => (FacesCapturedMask & (1 << (int)face)) != 0;

    public int FacesCaptured => System.Numerics.BitOperations.PopCount(FacesCapturedMask);
}
