using WinkSensor.Simulation.Body;
using WinkSensor.Simulation.Numerics;

namespace WinkSensor.Simulation.Recording;

/// <summary>Ground truth at a sample's time.</summary>
public readonly struct SampleTruth
{
    /// <summary>Thoracolumbar segment sagittal angle − pelvis sagittal angle, relative to standing, deg; positive = rounding.</summary>
    public double FlexionDeg { get; init; }
    /// <summary>World up (unit vector) in the sacrum chip's own axes: what its accelerometer reads, in g, when still and error-free.</summary>
    public Vector3d SacrumUp { get; init; }
    public Vector3d ThoracolumbarUp { get; init; }
    /// <summary>Sacrum chip axes to world (x forward, y left, z up), soft-tissue rocking included.</summary>
    public Rotation SacrumOrientation { get; init; }
    public Rotation ThoracolumbarOrientation { get; init; }
    /// <summary>Pelvis sagittal angle relative to standing, deg, positive = anterior tilt.</summary>
    public double PelvisTiltDeg { get; init; }
    /// <summary>Thoracolumbar segment sagittal angle relative to standing, deg, positive = leaning forward.</summary>
    public double ThoraxTiltDeg { get; init; }
    /// <summary>Hip joint centre height above the floor, m.</summary>
    public double HipHeightM { get; init; }
    public TruthPhase Phase { get; init; }
    public ActivityKind Activity { get; init; }
    /// <summary>Rep number (1-based, counted over the whole recording), 0 outside reps.</summary>
    public int Rep { get; init; }
    /// <summary>True from wink onset until the wink's posterior pelvic tilt stops rising.</summary>
    public bool WinkUnderWay { get; init; }
    /// <summary>Part of the flexion caused by the wink, deg.</summary>
    public double WinkFlexionDeg { get; init; }
}
