using WinkSensor.Core.Calibration;
using WinkSensor.Host.Calibration;
using WinkSensor.Host.Protocol;

namespace WinkSensor.Host.Tests.Calibration;

/// <summary>The prompts' face names: one distinct description per face, and the next face is the first one still missing.</summary>
public sealed class CalibrationFacesTests
{
    [Fact]
    public void Every_face_has_its_own_description_and_the_suggested_order_covers_all_six()
    {
        var faces = Enum.GetValues<AccelerometerFace>();

        Assert.Equal(faces.OrderBy(f => f), CalibrationFaces.SuggestedOrder.OrderBy(f => f));
        Assert.Equal(6, faces.Select(CalibrationFaces.Describe).Distinct().Count());
        Assert.Equal("flat, skin side down", CalibrationFaces.Describe(AccelerometerFace.ZUp));
    }

    [Fact]
    public void The_next_face_is_the_first_in_the_suggested_order_not_yet_captured()
    {
        static BoardCalibrationProgress Board(params AccelerometerFace[] captured) =>
            new((byte)captured.Sum(f => 1 << (int)f), null, 0, SixPositionCalibrationResult.Collecting);

        Assert.Equal(AccelerometerFace.XUp, CalibrationFaces.NextFace(Board()));
        Assert.Equal(AccelerometerFace.XUp, CalibrationFaces.NextFace(Board(AccelerometerFace.ZUp, AccelerometerFace.ZDown)));
        Assert.Equal(AccelerometerFace.ZUp, CalibrationFaces.NextFace(Board(AccelerometerFace.XUp, AccelerometerFace.YUp)));
        Assert.Null(CalibrationFaces.NextFace(Board(Enum.GetValues<AccelerometerFace>())));
    }
}
