namespace WinkSensor.Core.Power
{
    /// <summary>Which step of the main loop is running: kept across a watchdog restart to say where it stalled.
    /// Values are fixed: they are stored in flash and reported.</summary>
    public enum LoopStage : byte
    {
        Starting = 0,
        DrainingSensors = 1,
        UpdatingRuntime = 2,
        ServicingLink = 3,
        ServicingButton = 4,
        ReadingBattery = 5,
        ServicingLed = 6,
        SavingConfiguration = 7,
        Waiting = 8,
    }
}
