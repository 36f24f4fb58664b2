namespace WinkSensor.Simulation.Calibration;

/// <summary>Whether the evaluation calibrates each cohort member's accelerometers before the session.</summary>
public enum AccelerometerCalibrationMode
{
    /// <summary>Raw accelerometers (the runtime's calibrations stay Identity).</summary>
    None,

    /// <summary>Each chip goes through the simulated six-position procedure; the runtime applies the result.</summary>
    SixPosition,
}
