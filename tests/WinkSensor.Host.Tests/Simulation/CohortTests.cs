using WinkSensor.Simulation.Cohort;
using WinkSensor.Simulation.Output;

namespace WinkSensor.Host.Tests.Simulation;

public class CohortTests
{
    private static readonly IReadOnlyList<CohortMember> Cohort = CohortBuilder.Build(2026, new CohortOptions { Athletes = 24 });

    [Fact]
    public void The_same_seed_builds_the_same_cohort_and_another_seed_a_different_one()
    {
        string Describe(IReadOnlyList<CohortMember> members) => string.Join("\n", members.Select(m =>
            System.Text.Json.JsonSerializer.Serialize(m.Athlete, TruthJsonWriter.Options) + m.WinkDependence + m.Settings.Seed +
            string.Join(";", m.Script.Items)));
        Assert.Equal(Describe(Cohort), Describe(CohortBuilder.Build(2026, new CohortOptions { Athletes = 24 })));
        Assert.NotEqual(Describe(Cohort), Describe(CohortBuilder.Build(2027, new CohortOptions { Athletes = 24 })));
    }

    [Fact]
    public void Each_kind_of_lifter_winks_where_it_should()
    {
        int Winking(CohortMember member, int set, out int total)
        {
            var reps = member.CreateSimulator().Truth.Reps.Where(r => r.Set == set).ToList();
            total = reps.Count;
            return reps.Count(r => r.Winks);
        }

        var failures = new List<string>();
        foreach (var member in Cohort)
        {
            int set1 = Winking(member, 1, out int n), set2 = Winking(member, 2, out _), set3 = Winking(member, 3, out _);
            bool ok = member.WinkDependence switch
            {
                WinkDependence.NonWinker => set1 + set2 + set3 == 0,
                WinkDependence.Always => set1 + set2 + set3 >= 0.8 * 3 * n,
                WinkDependence.Stance => set1 >= 0.8 * n && set2 <= 0.2 * n,
                _ => set1 >= 0.8 * n && set3 <= 0.2 * n,
            };
            if (!ok) failures.Add($"{member.Athlete.Name} {member.WinkDependence}: winks {set1}/{set2}/{set3} of {n} per set");
        }
        Assert.True(failures.Count <= 1, string.Join("\n", failures));
        Assert.Contains(Cohort, m => m.WinkDependence == WinkDependence.NonWinker);
        Assert.Contains(Cohort, m => m.WinkDependence == WinkDependence.HeelHeight);
    }
}
