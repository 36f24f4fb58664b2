namespace WinkSensor.Core.Persistence
{
    /// <summary>Why the device restarted itself. Values are fixed: they are stored in flash.</summary>
    public enum RestartReason : byte
    {
        None = 0,
        /// <summary>The main-loop watchdog found a step that did not finish in time.</summary>
        MainLoopStalled = 1,
    }
}
