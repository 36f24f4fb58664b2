using WinkSensor.Core.Calibration;
using WinkSensor.Core.Numerics;
using WinkSensor.Core.Runtime;
using WinkSensor.Core.Sensors;
using WinkSensor.Core.Tests.Signals;

namespace WinkSensor.Core.Tests.Runtime;

public class AccelerometerCalibrationRuntimeTests
{
    private static readonly Vector3 SacrumOffsetG = new(0.045f, -0.05f, 0.07f);
    private static readonly Vector3 ThoracolumbarOffsetG = new(-0.05f, 0.04f, -0.075f);

    private static List<SyntheticFrame> WithOffsets(List<SyntheticFrame> frames) => frames.Select(f => f with
    {
        Sacrum = new ImuSample(f.Sacrum.Acceleration + SacrumOffsetG, f.Sacrum.AngularRate),
        Thoracolumbar = new ImuSample(f.Thoracolumbar.Acceleration + ThoracolumbarOffsetG, f.Thoracolumbar.AngularRate),
    }).ToList();

    private static double MaximumFlexionDifference(RuntimeHarness a, RuntimeHarness b) =>
        a.Trace.Zip(b.Trace).Where(p => p.First.Phase != SquatPhase.Calibrating)
            .Max(p => Math.Abs(p.First.Flexion - p.Second.Flexion));

    [Fact]
    public void The_runtime_removes_a_zero_g_offset_given_by_the_accelerometer_calibration()
    {
        var script = new MotionScript().Stand(3).Squat(new SquatSpec { GradualFlexionDegrees = 20 }).Stand(2)
            .Squat(new SquatSpec()).Stand(2);
        var clean = SyntheticImu.Generate(script);
        var offset = WithOffsets(clean);

        var reference = new RuntimeHarness().Run(clean);
        var uncorrected = new RuntimeHarness().Run(offset);
        var settings = new RuntimeSettings
        {
            SacrumAccelerometer = new AccelerometerCalibration(SacrumOffsetG, new Vector3(1f, 1f, 1f)),
            ThoracolumbarAccelerometer = new AccelerometerCalibration(ThoracolumbarOffsetG, new Vector3(1f, 1f, 1f)),
        };
        var corrected = new RuntimeHarness(settings).Run(offset);

        double uncorrectedDifference = MaximumFlexionDifference(reference, uncorrected);
        double correctedDifference = MaximumFlexionDifference(reference, corrected);
        Assert.True(uncorrectedDifference > 0.5, $"the offsets should visibly bend the flexion; max difference {uncorrectedDifference:F3} deg");
        Assert.True(correctedDifference < 0.01, $"calibrated flexion differs from the clean one by {correctedDifference:F4} deg");
        Assert.Equal(reference.Runtime.RepCount, corrected.Runtime.RepCount);
    }
}
