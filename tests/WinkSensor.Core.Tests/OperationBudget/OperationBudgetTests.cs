using WinkSensor.Simulation.Cohort;
using Xunit.Abstractions;

namespace WinkSensor.Core.Tests.OperationBudget;

/// <summary>
/// The device interpreter runs about two orders of magnitude slower than the JIT, so a two-sensor sample must stay
/// within a few hundred float operations. These tests count them: the core assembly is rewritten to count every
/// arithmetic, comparison and conditional-branch instruction (float and integer: an upper bound on the float ones) and
/// the device runtime is run over a simulated session of squats, walking, a stoop and sitting down.
/// </summary>
public class OperationBudgetTests(ITestOutputHelper output)
{
    /// <summary>Mean counted operations per two-sensor sample the runtime must stay within.</summary>
    private const double MeanBudget = 700;

    [Fact]
    public void A_two_sensor_sample_costs_at_most_the_budgeted_operations_on_average()
    {
        var counts = CountSession(seed: 3, out var totalsByType);
        double mean = counts.Average();
        var sorted = counts.OrderBy(c => c).ToArray();
        long p99 = sorted[(int)(0.99 * (sorted.Length - 1))];
        output.WriteLine($"{counts.Length} samples: mean {mean:F0}, median {sorted[sorted.Length / 2]}, p99 {p99}, max {sorted[^1]} operations a two-sensor sample");
        foreach (var total in totalsByType)
        {
            var parts = total.Split('=');
            output.WriteLine($"  {parts[0],-60} {long.Parse(parts[1]) / (double)counts.Length,7:F1} a sample");
        }
        Assert.True(mean <= MeanBudget, $"mean {mean:F0} operations a sample is over the budget of {MeanBudget}");
    }

    [Fact]
    public void With_both_accelerometer_calibrations_applied_a_sample_still_costs_at_most_the_budget_on_average()
    {
        double plain = CountSession(seed: 3, out _).Average();
        double calibrated = CountSession(seed: 3, out _, withAccelerometerCalibration: true).Average();
        output.WriteLine($"mean {plain:F0} operations a sample without, {calibrated:F0} with accelerometer calibrations");
        Assert.True(calibrated > plain, "applying the calibrations should cost something the counter sees");
        Assert.True(calibrated <= MeanBudget, $"mean {calibrated:F0} operations a sample is over the budget of {MeanBudget}");
    }

    [Fact]
    public void The_counter_sees_the_work_it_counts()
    {
        // Without this the budget test would pass on a rewrite that counts nothing.
        var counts = CountSession(seed: 3, out _);
        Assert.True(counts.Average() > 100, $"only {counts.Average():F0} operations a sample were counted");
    }

    private static long[] CountSession(long seed, out string[] totalsByType, bool withAccelerometerCalibration = false)
    {
        var member = CohortBuilder.Build(seed, new CohortOptions { Athletes = 1, SetsPerAthlete = 2 })[0];
        var samples = member.CreateSimulator().Samples().ToList();
        var rows = new double[samples.Count * OperationCountDriver.RowLength];
        for (int i = 0; i < samples.Count; i++)
        {
            var s = samples[i];
            int at = i * OperationCountDriver.RowLength;
            rows[at] = Math.Round(s.TimeS * 1e6);
            rows[at + 1] = s.Sacrum.Acceleration.X; rows[at + 2] = s.Sacrum.Acceleration.Y; rows[at + 3] = s.Sacrum.Acceleration.Z;
            rows[at + 4] = s.Sacrum.AngularRate.X; rows[at + 5] = s.Sacrum.AngularRate.Y; rows[at + 6] = s.Sacrum.AngularRate.Z;
            rows[at + 7] = s.Thoracolumbar.Acceleration.X; rows[at + 8] = s.Thoracolumbar.Acceleration.Y; rows[at + 9] = s.Thoracolumbar.Acceleration.Z;
            rows[at + 10] = s.Thoracolumbar.AngularRate.X; rows[at + 11] = s.Thoracolumbar.AngularRate.Y; rows[at + 12] = s.Thoracolumbar.AngularRate.Z;
            rows[at + 13] = s.ThoracolumbarPresent ? 1 : 0;
        }
        string testAssembly = typeof(OperationBudgetTests).Assembly.Location;
        string core = Path.Combine(Path.GetDirectoryName(testAssembly)!, "WinkSensor.Core.dll");
        var context = new CountingLoadContext(OperationCountingRewriter.Rewrite(core), testAssembly);
        try
        {
            var driver = context.LoadFromAssemblyPath(testAssembly).GetType(typeof(OperationCountDriver).FullName!)!;
            var run = driver.GetMethods().Single(m => m.Name == nameof(OperationCountDriver.OperationsPerSample) && m.GetParameters().Length == 3);
            object?[] arguments = [rows, withAccelerometerCalibration, null];
            var counts = (long[])run.Invoke(null, arguments)!;
            totalsByType = (string[])arguments[2]!;
            return counts;
        }
        finally
        {
            context.Unload();
        }
    }
}
