namespace WinkSensor.Core.Hardware
{
    /// <summary>The vibration motor. Patterns are sequenced by the core (see Runtime), the adapter only switches it.</summary>
    public interface IHapticMotor
    {
        void Drive(bool on);
    }
}
