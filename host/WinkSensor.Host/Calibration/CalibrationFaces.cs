using WinkSensor.Core.Calibration;
using WinkSensor.Core.Protocol.Messages;
using WinkSensor.Host.Protocol;

namespace WinkSensor.Host.Calibration;

/// <summary>
/// The boards and their six faces in words a lifter understands. Both boards are named by where they are worn; a
/// face by the side of the board that points up while it rests on the table. The sensor axes, as the boards are
/// worn (hardware/README.md, "Placement"): X towards the head, Y to the wearer's left, Z out of the skin.
/// </summary>
public static class CalibrationFaces
{
    /// <summary>
    /// The order the prompts suggest (any order works): each move is a quarter turn, never a flip straight over, which
    /// is the easiest to do without lifting the board far (the simulated user does the same).
    /// </summary>
    public static IReadOnlyList<AccelerometerFace> SuggestedOrder { get; } =
    [
        AccelerometerFace.XUp, AccelerometerFace.YUp, AccelerometerFace.ZUp, AccelerometerFace.XDown,
        AccelerometerFace.YDown, AccelerometerFace.ZDown,
    ];

    public static string BoardName(ImuSensorPosition sensor) =>
        sensor == ImuSensorPosition.Sacrum ? "hip unit" : "upper sensor";

    /// <summary>Where the board is worn, for the first mention.</summary>
    public static string BoardPlace(ImuSensorPosition sensor) =>
        sensor == ImuSensorPosition.Sacrum ? "the unit worn over the sacrum, with the battery" : "the small sensor worn at the bottom of the ribs (T12/L1)";

    /// <summary>How the board lies for this face, e.g. "skin side down (outer side up)".</summary>
    public static string Describe(AccelerometerFace face) => face switch
    {
        AccelerometerFace.ZUp => "flat, skin side down",
        AccelerometerFace.ZDown => "flat, skin side up",
        AccelerometerFace.XUp => "standing on its feet end (head end up)",
        AccelerometerFace.XDown => "standing on its head end (feet end up)",
        AccelerometerFace.YUp => "on its right edge (left edge up)",
        AccelerometerFace.YDown => "on its left edge (right edge up)",
        _ => face.ToString(),
    };

    /// <summary>The first face in <see cref="SuggestedOrder"/> the board still needs; null when all six are captured.</summary>
    public static AccelerometerFace? NextFace(BoardCalibrationProgress board) =>
        SuggestedOrder.Where(face => !board.HasCaptured(face)).Select(face => (AccelerometerFace?)face).FirstOrDefault();
}
