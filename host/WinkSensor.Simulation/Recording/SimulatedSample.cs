using WinkSensor.Core.Sensors;
using WinkSensor.Simulation.Sensors;

namespace WinkSensor.Simulation.Recording;

/// <summary>
/// One row of a recording, paced by the sacrum chip's FIFO clock: the sacrum sample, the thoracolumbar chip's most
/// recent sample (the two chips run on their own clocks, so that one is up to a sample period older), and the truth.
/// </summary>
public readonly struct SimulatedSample
{
    /// <summary>True time of the sacrum sample since the recording started, s.</summary>
    public double TimeS { get; init; }
    public ImuSample Sacrum { get; init; }
    public Mpu6050Frame SacrumFrame { get; init; }
    /// <summary>False when the thoracolumbar sensor is not worn or has dropped out.</summary>
    public bool ThoracolumbarPresent { get; init; }
    public ImuSample Thoracolumbar { get; init; }
    public Mpu6050Frame ThoracolumbarFrame { get; init; }
    /// <summary>True time of the thoracolumbar sample, s (≤ <see cref="TimeS"/>).</summary>
    public double ThoracolumbarTimeS { get; init; }
    /// <summary>How many thoracolumbar FIFO frames arrived since the previous row (usually 1; 0 or 2 when the clocks slip).</summary>
    public int ThoracolumbarNewFrames { get; init; }
    public SampleTruth Truth { get; init; }
}
