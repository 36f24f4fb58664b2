namespace WinkSensor.Simulation.Sensors;

/// <summary>How each sensor board sits on the skin.</summary>
public enum MountRotationKind
{
    /// <summary>Nominal: sensor x along the spine pointing up, z out of the skin, y to the wearer's left.</summary>
    None,
    /// <summary>Nominal turned exactly 90° about the skin normal (sensor x to the wearer's right).</summary>
    Ninety,
    /// <summary>Any orientation: a random turn about the skin normal, a tilt up to 25°, and half the time face down.</summary>
    Random,
}
