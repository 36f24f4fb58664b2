using WinkSensor.Simulation.Body;
using WinkSensor.Simulation.Numerics;
using WinkSensor.Simulation.Sensors;

namespace WinkSensor.Simulation.Recording;

/// <summary>
/// A sliding window of three internal ticks of one sensor's true position and orientation (bone + soft-tissue
/// wobble), from which the specific force and angular rate at the middle tick are found by central differences.
/// </summary>
internal sealed class SensorTrack
{
    public const double StandardGravity = 9.80665;
    private const double RadToDeg = 180 / Math.PI;
    private readonly Vector3d[] _bonePosition = new Vector3d[3];
    private readonly Vector3d[] _position = new Vector3d[3];
    private readonly Rotation[] _orientation = new Rotation[3];
    private readonly Rotation _sensorToSegment;
    private readonly Vector3d _skinNormalInSegment;
    private readonly SoftTissueWobble _wobble;
    private readonly double _stepS;

    public SensorTrack(Rotation sensorToSegment, Vector3d skinNormalInSegment, SoftTissueWobble wobble, double stepS)
    {
        _sensorToSegment = sensorToSegment;
        _skinNormalInSegment = skinNormalInSegment;
        _wobble = wobble;
        _stepS = stepS;
    }

    /// <summary>Orientation (sensor to world) at the previous tick.</summary>
    public Rotation PreviousOrientation => _orientation[0];
    /// <summary>Orientation (sensor to world) at the current tick.</summary>
    public Rotation CurrentOrientation => _orientation[1];

    public void Prime(BoneFrame previous, BoneFrame current)
    {
        Set(0, previous, Vector3d.Zero, Rotation.Identity);
        Set(1, current, Vector3d.Zero, Rotation.Identity);
    }

    /// <summary>Adds the bone frame one tick ahead and advances the wobble to it.</summary>
    public void Advance(BoneFrame next)
    {
        _bonePosition[2] = next.PositionM;
        Vector3d boneAcceleration = (_bonePosition[2] - 2 * _bonePosition[1] + _bonePosition[0]) / (_stepS * _stepS);
        _wobble.Step(boneAcceleration, _stepS);
        Rotation rocking = _wobble.Rocking(next.SegmentToWorld * _skinNormalInSegment);
        Set(2, next, _wobble.DisplacementM, rocking);
    }

    /// <summary>Specific force at the current tick in the sensor's axes, g (reads +1 g along up when still).</summary>
    public Vector3d SpecificForceG()
    {
        Vector3d acceleration = (_position[2] - 2 * _position[1] + _position[0]) / (_stepS * _stepS);
        return _orientation[1].Transpose() * (acceleration + new Vector3d(0, 0, StandardGravity)) / StandardGravity;
    }

    /// <summary>Angular rate at the current tick in the sensor's axes, deg/s.</summary>
    public Vector3d AngularRateDps()
    {
        Vector3d worldRate = (_orientation[2] * _orientation[0].Transpose()).ToRotationVector() / (2 * _stepS);
        return _orientation[1].Transpose() * worldRate * RadToDeg;
    }

    public void Shift()
    {
        for (int i = 0; i < 2; i++)
        {
            _bonePosition[i] = _bonePosition[i + 1];
            _position[i] = _position[i + 1];
            _orientation[i] = _orientation[i + 1];
        }
    }

    private void Set(int index, BoneFrame bone, Vector3d displacement, Rotation rocking)
    {
        _bonePosition[index] = bone.PositionM;
        _position[index] = bone.PositionM + displacement;
        _orientation[index] = rocking * bone.SegmentToWorld * _sensorToSegment;
    }
}
