using WinkSensor.Core.Fusion;

namespace WinkSensor.Core.Tests.Fusion;

/// <summary>The float low-pass against the textbook second-order Butterworth computed in double precision.</summary>
public class ButterworthLowPassTests
{
    /// <summary>VQF's filter: bilinear transform, cut-off √2/(2π τ), direct form II transposed, double precision.</summary>
    private static double[] Reference(double[] input, double tau, double period, double start)
    {
        double fc = Math.Sqrt(2) / (2 * Math.PI * tau);
        double c = Math.Tan(Math.PI * fc * period);
        double d = c * c + Math.Sqrt(2) * c + 1;
        double b0 = c * c / d, b1 = 2 * b0, b2 = b0;
        double a1 = 2 * (c * c - 1) / d, a2 = (1 - Math.Sqrt(2) * c + c * c) / d;
        double s0 = start * (1 - b0), s1 = start * (b2 - a2);
        var output = new double[input.Length];
        for (int i = 0; i < input.Length; i++)
        {
            double y = b0 * input[i] + s0;
            s0 = b1 * input[i] - a1 * y + s1;
            s1 = b2 * input[i] - a2 * y;
            output[i] = y;
        }
        return output;
    }

    [Theory]
    [InlineData(3.0, 0.01)]
    [InlineData(3.0, 0.0105)]
    [InlineData(0.5, 0.01)]
    [InlineData(10.0, 0.005)]
    public void Matches_the_double_precision_butterworth_within_1e_minus_5(double tau, double period)
    {
        var random = new Random(2);
        var input = new double[20000];
        for (int i = 0; i < input.Length; i++)
            input[i] = 0.98 + (i > 5000 ? 0.3 : 0) + 0.5 * Math.Sin(i * 0.02) + 0.05 * (random.NextDouble() - 0.5);
        var filter = new ButterworthLowPass(1, (float)tau);
        filter.SetSamplePeriod((float)period);
        filter.SetSteadyState(0, 0.98f);
        var expected = Reference(input, tau, period, 0.98);
        double worst = 0;
        for (int i = 0; i < input.Length; i++)
        {
            filter.Step(0, (float)input[i]);
            filter.Complete();
            worst = Math.Max(worst, Math.Abs(filter.Output[0] - expected[i]));
        }
        Assert.True(worst < 1e-5, $"largest difference {worst:E2}");
    }

    [Fact]
    public void Averages_the_first_time_constant_then_holds_a_constant_input()
    {
        var filter = new ButterworthLowPass(2, 0.5f);
        filter.SetSamplePeriod(0.01f);
        filter.Step(0, 1f); filter.Step(1, -2f); filter.Complete();
        filter.Step(0, 3f); filter.Step(1, -4f); filter.Complete();
        Assert.Equal(2f, filter.Output[0], 6);
        Assert.Equal(-3f, filter.Output[1], 6);
        Assert.False(filter.IsSteady);
        for (int i = 0; i < 48; i++) { filter.Step(0, 2f); filter.Step(1, -3f); filter.Complete(); }
        Assert.True(filter.IsSteady);
        for (int i = 0; i < 1000; i++) { filter.Step(0, 2f); filter.Step(1, -3f); filter.Complete(); }
        Assert.Equal(2f, filter.Output[0], 5);
        Assert.Equal(-3f, filter.Output[1], 5);
    }
}
