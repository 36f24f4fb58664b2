namespace WinkSensor.Core.Power
{
    /// <summary>A change of battery state worth telling the wearer about.</summary>
    public enum BatteryEvent : byte
    {
        None = 0,
        /// <summary>Charge fell to the low level: buzz the low-battery pattern, report FaultCode.BatteryLow.</summary>
        BecameLow = 1,
        /// <summary>Charge rose back above the recovered level (charging): clear the warning.</summary>
        Recovered = 2,
        /// <summary>Charge fell to the critical level: go to sleep now.</summary>
        BecameCritical = 3,
    }
}
