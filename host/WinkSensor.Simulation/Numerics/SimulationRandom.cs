namespace WinkSensor.Simulation.Numerics;

/// <summary>
/// Seeded pseudo-random numbers (xoshiro256**, seeded through SplitMix64) that give the same sequence on every
/// .NET version and platform, unlike <see cref="System.Random"/>. Streams for independent purposes are derived by
/// name, so adding a new use of randomness does not shift the numbers every other part draws.
/// </summary>
public sealed class SimulationRandom
{
    private ulong _s0, _s1, _s2, _s3;
    private double _spareGaussian;
    private bool _hasSpare;

    public SimulationRandom(ulong seed)
    {
        ulong x = seed;
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    /// <summary>A generator for one named purpose, independent of every other name under the same seed.</summary>
    public static SimulationRandom Derive(long seed, string purpose) => new(Mix((ulong)seed, StableHash(purpose)));

    /// <summary>A child generator for one named purpose, drawn from this generator's seed material.</summary>
    public SimulationRandom Derive(string purpose) => new(Mix(_s0 ^ _s2, StableHash(purpose)));

    public ulong NextUInt64()
    {
        ulong result = RotateLeft(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [low, high).</summary>
    public double Uniform(double low, double high) => low + (high - low) * NextDouble();

    /// <summary>Uniform integer in [low, high).</summary>
    public int NextInt(int low, int high) => low + (int)((NextUInt64() >> 33) % (ulong)(high - low));

    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>Standard normal deviate (Marsaglia polar method).</summary>
    public double Gaussian()
    {
        if (_hasSpare)
        {
            _hasSpare = false;
            return _spareGaussian;
        }
        double u, v, s;
        do
        {
            u = 2 * NextDouble() - 1;
            v = 2 * NextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double factor = Math.Sqrt(-2 * Math.Log(s) / s);
        _spareGaussian = v * factor;
        _hasSpare = true;
        return u * factor;
    }

    public double Gaussian(double mean, double standardDeviation) => mean + standardDeviation * Gaussian();

    /// <summary>A uniformly distributed unit vector.</summary>
    public Vector3d UnitVector()
    {
        while (true)
        {
            var v = new Vector3d(Gaussian(), Gaussian(), Gaussian());
            double length = v.Length;
            if (length > 1e-9) return v / length;
        }
    }

    private static ulong SplitMix(ref ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        ulong z = x;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong Mix(ulong a, ulong b)
    {
        ulong x = a ^ (b * 0x9E3779B97F4A7C15UL);
        return SplitMix(ref x);
    }

    /// <summary>FNV-1a: unlike string.GetHashCode it is the same in every process.</summary>
    private static ulong StableHash(string text)
    {
        ulong hash = 14695981039346656037UL;
        foreach (char c in text)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }
        return hash;
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
