namespace WinkSensor.Simulation.VirtualWearable;

/// <summary>The wearable goes out of radio range at StartS (simulated time, s) for DurationS seconds:
/// the link drops and the host cannot connect until it is back.</summary>
public sealed record LinkOutage(double StartS, double DurationS)
{
    public double EndS => StartS + DurationS;
}
