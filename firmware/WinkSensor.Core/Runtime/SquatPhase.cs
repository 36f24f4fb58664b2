namespace WinkSensor.Core.Runtime
{
    /// <summary>Where the wearer is in a squat. Values are fixed: they travel in the protocol.</summary>
    public enum SquatPhase : byte
    {
        Calibrating = 0,
        Standing = 1,
        Descent = 2,
        Bottom = 3,
        Ascent = 4,
        Other = 5,
    }
}
