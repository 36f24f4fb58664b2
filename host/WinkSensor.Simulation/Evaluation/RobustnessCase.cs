namespace WinkSensor.Simulation.Evaluation;

/// <summary>A condition the wearable must survive, each scored on its own.</summary>
public enum RobustnessCase
{
    /// <summary>The cohort as built: random mounting, datasheet sensor errors.</summary>
    Baseline,
    /// <summary>Every sensor clipped on rotated exactly 90° about the skin normal.</summary>
    SensorRotated90,
    /// <summary>A 20 deg/s gyro zero-rate offset at power-up on every axis of both chips.</summary>
    GyroOffset20,
    /// <summary>The thoracolumbar sensor stops answering halfway through the first set (pelvis-only takes over).</summary>
    ThoracolumbarDropout,
    /// <summary>Every rep takes 4.6 s (the slowest published).</summary>
    VerySlowTempo,
    /// <summary>Every rep takes 1.1 s (the fastest published).</summary>
    VeryFastTempo,
    /// <summary>A 1.5 s pause at the bottom of every rep.</summary>
    PauseAtBottom,
    /// <summary>Reps back to back: about 0.1 s standing between the reps of a set (the lifter does not pause at the top).</summary>
    BackToBackReps,
}
