namespace WinkSensor.Simulation.Recording;

/// <summary>One scripted activity's span (calibration, standing, squat set, walk, stoop, sit-to-stand), s.</summary>
public sealed record ActivityTruth(string Activity, double StartS, double EndS, int Set);
