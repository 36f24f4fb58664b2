using WinkSensor.Simulation.Numerics;

namespace WinkSensor.Simulation.Sensors;

/// <summary>
/// One MPU-6050 measuring at the internal 1 kHz rate: sensitivity (scale + cross-axis) errors, offsets with slow
/// gyro drift, white noise from the datasheet densities, the digital low-pass, then FIFO samples taken on the chip's
/// own clock (nominal rate × (1 + clock error), first sample at a random phase), rounded to 16-bit counts and
/// clipped at full scale.
/// </summary>
public sealed class SimulatedImuChip
{
    private readonly ChipErrors _errors;
    private readonly SensorErrorSettings _settings;
    private readonly SimulationRandom _noise;
    private readonly double _stepS;
    private readonly double _accelNoiseG;
    private readonly double _gyroNoiseDps;
    private readonly double _driftDecay;
    private readonly double _driftKick;
    private readonly double _periodS;
    private readonly LowPassBiquad[] _filters = new LowPassBiquad[6];
    private readonly bool[] _filtered = new bool[6];
    private Vector3d _drift;
    private double _previousTime = double.NaN, _currentTime = double.NaN;
    private Vector3d _previousAccel, _previousRate, _currentAccel, _currentRate;
    private long _nextSampleIndex;

    public SimulatedImuChip(ChipErrors errors, SensorErrorSettings settings, SimulationRandom noise, double internalRateHz)
    {
        _errors = errors;
        _settings = settings;
        _noise = noise;
        _stepS = 1 / internalRateHz;
        double rootHalfRate = Math.Sqrt(internalRateHz / 2);
        _accelNoiseG = settings.AccelNoiseDensityMicroGPerRootHz * 1e-6 * rootHalfRate;
        _gyroNoiseDps = settings.GyroNoiseDensityDpsPerRootHz * rootHalfRate;
        _driftDecay = settings.GyroDriftTimeConstantS > 0 ? Math.Exp(-_stepS / settings.GyroDriftTimeConstantS) : 0;
        _driftKick = settings.GyroDriftRmsDps * Math.Sqrt(1 - _driftDecay * _driftDecay);
        _periodS = 1 / (settings.OutputRateHz * (1 + errors.ClockError));
        for (int axis = 0; axis < 6; axis++)
        {
            double cutoff = axis < 3 ? settings.AccelLowPassHz : settings.GyroLowPassHz;
            _filtered[axis] = cutoff > 0;
            if (cutoff > 0) _filters[axis] = new LowPassBiquad(cutoff, internalRateHz);
        }
    }

    public ChipErrors Errors => _errors;

    /// <summary>The current gyro zero-rate offset including drift, deg/s.</summary>
    public Vector3d GyroOffsetDps(double timeS)
    {
        double warm = _settings.GyroWarmUpTimeConstantS > 0 ? 1 - Math.Exp(-timeS / _settings.GyroWarmUpTimeConstantS) : 0;
        return _errors.GyroOffsetDps + _errors.GyroWarmUpDriftDps * warm + _drift;
    }

    /// <summary>Feeds the true specific force, g, and angular rate, deg/s, in the chip's axes at one internal tick.</summary>
    public void Step(double timeS, Vector3d specificForceG, Vector3d angularRateDps)
    {
        if (_settings.GyroDriftRmsDps > 0)
            _drift = _drift * _driftDecay + new Vector3d(_noise.Gaussian(), _noise.Gaussian(), _noise.Gaussian()) * _driftKick;
        Vector3d accel = _errors.AccelSensitivity * specificForceG + _errors.AccelOffsetG;
        Vector3d rate = _errors.GyroSensitivity * angularRateDps + GyroOffsetDps(timeS);
        if (_accelNoiseG > 0)
            accel += new Vector3d(_noise.Gaussian(), _noise.Gaussian(), _noise.Gaussian()) * _accelNoiseG;
        if (_gyroNoiseDps > 0)
            rate += new Vector3d(_noise.Gaussian(), _noise.Gaussian(), _noise.Gaussian()) * _gyroNoiseDps;

        _previousTime = _currentTime;
        _previousAccel = _currentAccel;
        _previousRate = _currentRate;
        _currentTime = timeS;
        _currentAccel = new Vector3d(Filter(0, accel.X), Filter(1, accel.Y), Filter(2, accel.Z));
        _currentRate = new Vector3d(Filter(3, rate.X), Filter(4, rate.Y), Filter(5, rate.Z));
    }

    /// <summary>
    /// Takes the FIFO sample that falls between the previous and the current tick, if any, interpolating the
    /// low-passed signal to the chip's sample instant.
    /// </summary>
    public bool TryTakeSample(out ChipSample sample)
    {
        double sampleTime = _errors.FirstSampleS + _nextSampleIndex * _periodS;
        if (double.IsNaN(_previousTime) || sampleTime > _currentTime)
        {
            if (double.IsNaN(_previousTime) && sampleTime <= _currentTime) _nextSampleIndex++;
            sample = default;
            return false;
        }
        _nextSampleIndex++;
        double fraction = Math.Clamp((sampleTime - _previousTime) / (_currentTime - _previousTime), 0, 1);
        Vector3d accel = Vector3d.Lerp(_previousAccel, _currentAccel, fraction);
        Vector3d rate = Vector3d.Lerp(_previousRate, _currentRate, fraction);
        double accelScale = _settings.AccelCountsPerG, gyroScale = _settings.GyroCountsPerDps;
        var frame = new Mpu6050Frame(
            Counts(accel.X * accelScale), Counts(accel.Y * accelScale), Counts(accel.Z * accelScale),
            Counts(rate.X * gyroScale), Counts(rate.Y * gyroScale), Counts(rate.Z * gyroScale));
        if (_settings.Quantise)
        {
            accel = new Vector3d(frame.AccelX, frame.AccelY, frame.AccelZ) / accelScale;
            rate = new Vector3d(frame.GyroX, frame.GyroY, frame.GyroZ) / gyroScale;
        }
        sample = new ChipSample(sampleTime, frame, accel, rate);
        return true;
    }

    private double Filter(int axis, double value) => _filtered[axis] ? _filters[axis].Filter(value) : value;

    private static short Counts(double value) => (short)Math.Clamp(Math.Round(value), short.MinValue, short.MaxValue);
}
