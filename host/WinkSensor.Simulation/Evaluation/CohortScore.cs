using WinkSensor.Host.Evaluation;

namespace WinkSensor.Simulation.Evaluation;

/// <summary>A cohort's detection score and its rep depth and speed errors.</summary>
public sealed record CohortScore(DetectionScore Detection, KinematicsScore Kinematics);
