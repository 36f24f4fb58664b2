namespace WinkSensor.Simulation.Calibration;

/// <summary>How the simulated user performs the six-position accelerometer calibration.</summary>
public sealed record SixPositionProcedureSettings
{
    /// <summary>Time the module rests on each face, s (the calibrator needs 2 s still).</summary>
    public double HoldS { get; init; } = 3;
    /// <summary>Time to pick the module up, turn it a quarter turn onto the next face and set it down, s.</summary>
    public double TurnS { get; init; } = 1.5;
    /// <summary>The table's tilt from level is drawn uniformly up to this, deg.</summary>
    public double TableTiltLimitDeg { get; init; } = 2;
    /// <summary>Peak hand acceleration while turning the module, g.</summary>
    public double HandlingAccelerationG { get; init; } = 0.15;
    /// <summary>Extra time the module already rests on the first face at the start, s (default 0). Give a host that
    /// sends the start command after the samples began flowing this much slack: the device needs 2 s still after it.</summary>
    public double LeadInS { get; init; }
}
