namespace WinkSensor.Simulation.Numerics;

/// <summary>
/// Second-order Butterworth low-pass (bilinear transform, direct form II transposed). At 1 kHz with a 44 Hz cut-off
/// its low-frequency group delay is ≈ 5 ms, close to the 4.9 ms the MPU-6050 datasheet gives for DLPF_CFG = 3.
/// </summary>
public struct LowPassBiquad
{
    private readonly double _b0, _b1, _b2, _a1, _a2;
    private double _z1, _z2;
    private bool _primed;

    public LowPassBiquad(double cutoffHz, double sampleRateHz)
    {
        double k = Math.Tan(Math.PI * cutoffHz / sampleRateHz);
        double q = 1 / Math.Sqrt(2);
        double norm = 1 / (1 + k / q + k * k);
        _b0 = k * k * norm;
        _b1 = 2 * _b0;
        _b2 = _b0;
        _a1 = 2 * (k * k - 1) * norm;
        _a2 = (1 - k / q + k * k) * norm;
        _z1 = _z2 = 0;
        _primed = false;
    }

    public double Filter(double input)
    {
        if (!_primed)
        {
            // Start in steady state at the first input instead of ringing up from zero.
            _z1 = (1 - _b0) * input;
            _z2 = _b2 * input - _a2 * input;
            _primed = true;
        }
        double output = _b0 * input + _z1;
        _z1 = _b1 * input - _a1 * output + _z2;
        _z2 = _b2 * input - _a2 * output;
        return output;
    }
}
