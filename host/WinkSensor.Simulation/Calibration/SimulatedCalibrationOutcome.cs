using WinkSensor.Core.Calibration;

namespace WinkSensor.Simulation.Calibration;

/// <summary>The result of one simulated six-position calibration: the calibrator's verdict, the calibration (Identity
/// unless Complete), the table tilt drawn, deg, and the samples fed.</summary>
public sealed record SimulatedCalibrationOutcome(
    SixPositionCalibrationResult Result,
    AccelerometerCalibration Calibration,
    double TableTiltDeg,
    int Samples);
