namespace WinkSensor.Simulation.Numerics;

/// <summary>
/// A smooth random signal: a sum of sinusoids with random frequencies in a band and random phases. Unlike filtered
/// white noise it is infinitely differentiable, so numerically differentiated accelerations stay clean.
/// </summary>
public sealed class SmoothNoise
{
    private readonly double[] _angularFrequencies;
    private readonly double[] _phases;
    private readonly double _amplitudeEach;

    /// <param name="rmsAmplitude">Root-mean-square amplitude of the whole signal (same unit as the output).</param>
    public SmoothNoise(SimulationRandom random, double rmsAmplitude, double lowHz, double highHz, int components = 5)
    {
        _angularFrequencies = new double[components];
        _phases = new double[components];
        for (int i = 0; i < components; i++)
        {
            _angularFrequencies[i] = 2 * Math.PI * random.Uniform(lowHz, highHz);
            _phases[i] = random.Uniform(0, 2 * Math.PI);
        }
        _amplitudeEach = rmsAmplitude * Math.Sqrt(2.0 / components);
    }

    public double At(double timeS)
    {
        double sum = 0;
        for (int i = 0; i < _angularFrequencies.Length; i++)
            sum += Math.Sin(_angularFrequencies[i] * timeS + _phases[i]);
        return sum * _amplitudeEach;
    }
}
