namespace WinkSensor.Core.Input
{
    /// <summary>Button timing. Contact bounce is removed before the edges arrive (GpioPin.DebounceTimeout).</summary>
    public sealed class ButtonSettings
    {
        /// <summary>Hold time that makes a long press, ms (default 1500).</summary>
        public int LongPressMilliseconds = 1500;

        /// <summary>Longest gap from the first release to the second press for a double press, ms (default 400).</summary>
        public int DoublePressWindowMilliseconds = 400;

        /// <summary>Debounce the GPIO adapter applies to the raw pin, ms (default 30).</summary>
        public int DebounceMilliseconds = 30;
    }
}
