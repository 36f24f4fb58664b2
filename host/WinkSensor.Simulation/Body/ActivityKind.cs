namespace WinkSensor.Simulation.Body;

/// <summary>What the simulated person is doing.</summary>
public enum ActivityKind
{
    Calibration,
    Standing,
    Squat,
    Walk,
    Stoop,
    SitToStand,
}
