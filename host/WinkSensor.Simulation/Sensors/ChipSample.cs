using WinkSensor.Core.Sensors;
using WinkSensor.Simulation.Numerics;

namespace WinkSensor.Simulation.Sensors;

/// <summary>
/// One FIFO sample of one chip: its true time, s, the raw counts, and the values in g and deg/s (the counts divided
/// by the sensitivity, or the unrounded values when quantisation is off).
/// </summary>
public readonly record struct ChipSample(double TimeS, Mpu6050Frame Frame, Vector3d AccelerationG, Vector3d AngularRateDps)
{
    public ImuSample ToImuSample() => new(AccelerationG.ToSingle(), AngularRateDps.ToSingle());
}
