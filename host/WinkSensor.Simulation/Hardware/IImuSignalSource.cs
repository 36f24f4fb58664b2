using WinkSensor.Core.Sensors;

namespace WinkSensor.Simulation.Hardware;

/// <summary>
/// What a simulated IMU senses: specific force (g) and angular rate (deg/s) in the sensor's own axes at a time (µs on
/// the simulation clock). The biomechanical squat simulator implements it; tests use FunctionImuSignal.
/// </summary>
public interface IImuSignalSource
{
    ImuSample SignalAt(long timeMicroseconds);
}

/// <summary>An IImuSignalSource from a function of time (µs).</summary>
public sealed class FunctionImuSignal(Func<long, ImuSample> signal) : IImuSignalSource
{
    public ImuSample SignalAt(long timeMicroseconds) => signal(timeMicroseconds);
}
