using WinkSensor.Simulation.Numerics;
using WinkSensor.Simulation.Sensors;

namespace WinkSensor.Host.Tests.Simulation;

public class MountingTests
{
    private static Vector3d FirstUp(MountRotationKind mount, bool sacrum) =>
        SimulationFixtures.Squats(seed: 13, reps: 1, errors: SensorErrorSettings.Ideal, mount: mount).Samples()
            .Select(s => sacrum ? s.Truth.SacrumUp : s.Truth.ThoracolumbarUp).First();

    [Fact]
    public void Nominal_mount_has_x_up_the_spine_and_z_out_of_the_sloped_skin()
    {
        Vector3d sacrum = FirstUp(MountRotationKind.None, true);
        // The sacral skin faces 30° upward: up reads cos 30° on x (along the spine) and sin 30° on z (out of the skin).
        Assert.Equal(Math.Cos(Math.PI / 6), sacrum.X, 0.02);
        Assert.Equal(Math.Sin(Math.PI / 6), sacrum.Z, 0.02);
        Assert.Equal(0, sacrum.Y, 0.02);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_90_degree_mount_turns_the_board_exactly_a_quarter_turn_about_the_skin_normal(bool sacrum)
    {
        Vector3d nominal = FirstUp(MountRotationKind.None, sacrum);
        Vector3d turned = FirstUp(MountRotationKind.Ninety, sacrum);
        Assert.Equal(nominal.Y, turned.X, 1e-9);
        Assert.Equal(-nominal.X, turned.Y, 1e-9);
        Assert.Equal(nominal.Z, turned.Z, 1e-9);
    }

    [Fact]
    public void Random_mounts_differ_between_seeds_and_can_be_face_down()
    {
        var ups = Enumerable.Range(1, 12)
            .Select(seed => SimulationFixtures.Squats(seed: seed, reps: 1, errors: SensorErrorSettings.Ideal).Samples().First().Truth.SacrumUp)
            .ToList();
        Assert.All(ups, up => Assert.Equal(1, up.Length, 1e-9));
        Assert.Equal(12, ups.Select(up => Math.Round(up.X, 3)).Distinct().Count());
        Assert.Contains(ups, up => up.Z < 0);
        Assert.Contains(ups, up => up.Z > 0);
    }
}
