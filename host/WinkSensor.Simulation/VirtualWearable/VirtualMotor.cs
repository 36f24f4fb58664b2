using WinkSensor.Core.Hardware;

namespace WinkSensor.Simulation.VirtualWearable;

/// <summary>The virtual wearable's vibration motor: remembers whether it is on and how often it started.</summary>
public sealed class VirtualMotor : IHapticMotor
{
    public bool IsOn { get; private set; }

    /// <summary>Times the motor switched on.</summary>
    public int Starts { get; private set; }

    public void Drive(bool on)
    {
        if (on && !IsOn) Starts++;
        IsOn = on;
    }
}
