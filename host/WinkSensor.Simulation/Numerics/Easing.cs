namespace WinkSensor.Simulation.Numerics;

/// <summary>Smooth 0→1 transition profiles used to shape movements.</summary>
public static class Easing
{
    /// <summary>Minimum-jerk profile 10u³−15u⁴+6u⁵: zero velocity and acceleration at both ends; u clamped to [0, 1].</summary>
    public static double MinimumJerk(double u)
    {
        u = Math.Clamp(u, 0, 1);
        return u * u * u * (10 + u * (-15 + 6 * u));
    }

    /// <summary>
    /// Quintic 0→1 with zero velocity and acceleration at the start and zero velocity but a deceleration of
    /// <paramref name="endCurvature"/> (in units of 1/duration²) at the end: a squat descent that turns straight
    /// into the ascent instead of dwelling at the bottom. 0 gives <see cref="MinimumJerk"/>; keep it in [0, 6] to stay monotonic.
    /// </summary>
    public static double QuinticWithEndCurvature(double u, double endCurvature)
    {
        u = Math.Clamp(u, 0, 1);
        double a3 = 10 - endCurvature / 2, a4 = -15 + endCurvature, a5 = 6 - endCurvature / 2;
        return u * u * u * (a3 + u * (a4 + u * a5));
    }

    /// <summary>Integral of <see cref="MinimumJerk"/> from 0 to u (u clamped to [0, 1]; beyond 1 it grows linearly).</summary>
    public static double MinimumJerkIntegral(double u)
    {
        if (u <= 0) return 0;
        if (u >= 1) return 0.5 + (u - 1);
        double u4 = u * u * u * u;
        return u4 * (2.5 + u * (-3 + u));
    }
}
