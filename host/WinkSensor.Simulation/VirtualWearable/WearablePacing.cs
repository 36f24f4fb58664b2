namespace WinkSensor.Simulation.VirtualWearable;

/// <summary>How fast the virtual wearable plays its samples against the wall clock.</summary>
/// <param name="SpeedFactor">Simulated seconds per wall-clock second: 1 = real time, 20 = twenty times faster;
/// 0 or infinity = as fast as the machine goes.</param>
public readonly record struct WearablePacing(double SpeedFactor)
{
    public static WearablePacing RealTime => new(1);

    public static WearablePacing AsFastAsPossible => new(0);

    public bool IsUnpaced => SpeedFactor <= 0 || double.IsPositiveInfinity(SpeedFactor);
}
