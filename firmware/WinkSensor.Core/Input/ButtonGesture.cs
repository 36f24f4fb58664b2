namespace WinkSensor.Core.Input
{
    /// <summary>What the wearer did with the button.</summary>
    public enum ButtonGesture : byte
    {
        None = 0,
        /// <summary>One short press with no second press inside the double-press window (no action assigned yet).</summary>
        SinglePress = 1,
        /// <summary>Two short presses, the second starting within the window: toggles the wink buzz.</summary>
        DoublePress = 2,
        /// <summary>Held down for the long-press time: recalibrates. Reported while still held, so the wearer
        /// feels the confirmation buzz and can let go and stand still.</summary>
        LongPress = 3,
    }
}
