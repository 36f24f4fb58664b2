using WinkSensor.Simulation.Numerics;

namespace WinkSensor.Simulation.Sensors;

/// <summary>The fixed errors of one MPU-6050, drawn once at power-up.</summary>
public sealed record ChipErrors
{
    /// <summary>Sensitivity: diagonal 1 + scale error, off-diagonal cross-axis sensitivity.</summary>
    public required Matrix3d AccelSensitivity { get; init; }
    public required Matrix3d GyroSensitivity { get; init; }
    public required Vector3d AccelOffsetG { get; init; }
    public required Vector3d GyroOffsetDps { get; init; }
    /// <summary>Final offset change the warm-up drift tends to, deg/s.</summary>
    public required Vector3d GyroWarmUpDriftDps { get; init; }
    /// <summary>Actual sample rate / nominal − 1 (e.g. +0.004 = the chip runs 0.4 % fast).</summary>
    public required double ClockError { get; init; }
    /// <summary>Time of the chip's first FIFO sample after the recording starts, s (the chips are not in phase).</summary>
    public required double FirstSampleS { get; init; }

    public static ChipErrors Draw(SensorErrorSettings settings, SimulationRandom random)
    {
        Matrix3d Sensitivity()
        {
            double S() => 1 + random.Uniform(-1, 1) * settings.ScaleErrorLimit;
            double C() => random.Uniform(-1, 1) * settings.CrossAxisLimit;
            return new Matrix3d(S(), C(), C(), C(), S(), C(), C(), C(), S());
        }

        double U(double limit) => random.Uniform(-1, 1) * limit;
        var accel = Sensitivity();
        var gyro = Sensitivity();
        var accelOffset = new Vector3d(
            U(settings.AccelOffsetLimitXYMilliG), U(settings.AccelOffsetLimitXYMilliG), U(settings.AccelOffsetLimitZMilliG)) / 1000;
        var gyroOffset = new Vector3d(U(settings.GyroOffsetLimitDps), U(settings.GyroOffsetLimitDps), U(settings.GyroOffsetLimitDps));
        if (settings.GyroOffsetOverrideDps is { } fixedOffset)
            gyroOffset = new Vector3d(fixedOffset, fixedOffset, fixedOffset);
        var warmUp = new Vector3d(U(settings.GyroWarmUpDriftLimitDps), U(settings.GyroWarmUpDriftLimitDps), U(settings.GyroWarmUpDriftLimitDps));
        double clockError = U(settings.ClockErrorLimit);
        double firstSample = random.Uniform(0, 1) / settings.OutputRateHz;
        return new ChipErrors
        {
            AccelSensitivity = accel,
            GyroSensitivity = gyro,
            AccelOffsetG = accelOffset,
            GyroOffsetDps = gyroOffset,
            GyroWarmUpDriftDps = warmUp,
            ClockError = clockError,
            FirstSampleS = firstSample,
        };
    }
}
