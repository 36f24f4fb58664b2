using WinkSensor.Core.Numerics;

namespace WinkSensor.Core.Tests;

public class FloatMathTests
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(1e-12)]
    [InlineData(0.3)]
    [InlineData(1.0)]
    [InlineData(2.0)]
    [InlineData(3.999)]
    [InlineData(17.5)]
    [InlineData(1e6)]
    [InlineData(3e30)]
    public void Sqrt_matches_the_system_square_root_to_float_precision(double x)
    {
        float expected = (float)Math.Sqrt(x);
        Assert.Equal(expected, FloatMath.Sqrt((float)x), expected * 2e-7f + 1e-30f);
    }

    [Fact]
    public void Sqrt_is_within_two_float_steps_everywhere_on_its_reduced_interval()
    {
        // Every input is brought into [0.25, 4) before the Newton steps, so a dense sweep there covers all inputs.
        float worst = 0f;
        for (int i = 0; i <= 200_000; i++)
        {
            float x = 0.25f + 3.75f * i / 200_000f;
            double expected = Math.Sqrt(x);
            worst = Math.Max(worst, (float)(Math.Abs(FloatMath.Sqrt(x) - expected) / expected));
        }
        Assert.True(worst <= 2e-7f, $"largest relative error {worst:E2}");
    }

    [Fact]
    public void Sqrt_of_negative_or_nan_is_zero()
    {
        Assert.Equal(0f, FloatMath.Sqrt(-4f));
        Assert.Equal(0f, FloatMath.Sqrt(float.NaN));
    }

    [Fact]
    public void Atan2_is_within_a_microradian_all_round_the_circle()
    {
        for (int i = 0; i < 3600; i++)
        {
            double angle = -Math.PI + (i + 0.5) * 2 * Math.PI / 3600;
            for (double radius = 0.001; radius < 2000; radius *= 13)
            {
                float y = (float)(radius * Math.Sin(angle));
                float x = (float)(radius * Math.Cos(angle));
                Assert.Equal(Math.Atan2(y, x), FloatMath.Atan2(y, x), 1.5e-6);
            }
        }
    }

    [Fact]
    public void Sine_and_cosine_are_within_a_millionth_in_a_turn_and_three_over_many_turns()
    {
        for (double x = -40; x <= 40; x += 0.00731)
        {
            float input = (float)x;
            double tolerance = Math.Abs(x) <= Math.PI ? 1e-6 : 3e-6;
            Assert.Equal(Math.Sin(input), FloatMath.Sin(input), tolerance);
            Assert.Equal(Math.Cos(input), FloatMath.Cos(input), tolerance);
        }
    }

    [Fact]
    public void Asin_and_acos_invert_sine_and_cosine()
    {
        for (double v = -1; v <= 1; v += 0.001)
        {
            Assert.Equal(Math.Asin(v), FloatMath.Asin((float)v), 2e-6);
            Assert.Equal(Math.Acos(v), FloatMath.Acos((float)v), 2e-6);
        }
    }

    [Fact]
    public void Angle_between_vectors_is_in_degrees()
    {
        Assert.Equal(90f, Vector3.AngleDegrees(new Vector3(1, 0, 0), new Vector3(0, 3, 0)), 1e-4f);
        Assert.Equal(180f, Vector3.AngleDegrees(new Vector3(1, 0, 0), new Vector3(-2, 0, 0)), 1e-4f);
        Assert.Equal(0.01f, Vector3.AngleDegrees(new Vector3(0, 0, 1), new Vector3(0.01f * FloatMath.RadiansPerDegree, 0, 1)), 1e-4f);
    }
}
