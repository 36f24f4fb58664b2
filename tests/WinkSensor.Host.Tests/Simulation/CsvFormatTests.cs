using WinkSensor.Simulation.Recording;
using WinkSensor.Simulation.Script;

namespace WinkSensor.Host.Tests.Simulation;

public class CsvFormatTests
{
    private const string FullHeader =
        "t,sacrum_ax,sacrum_ay,sacrum_az,sacrum_gx,sacrum_gy,sacrum_gz,tl_ax,tl_ay,tl_az,tl_gx,tl_gy,tl_gz," +
        "gt_flexion_deg,gt_sacrum_up_x,gt_sacrum_up_y,gt_sacrum_up_z,gt_tl_up_x,gt_tl_up_y,gt_tl_up_z,gt_phase,gt_rep,gt_wink";

    [Fact]
    public void Header_is_exactly_the_replay_format_and_every_row_has_its_columns()
    {
        string[] lines = SimulationFixtures.Csv(SimulationFixtures.Squats(reps: 1)).TrimEnd('\n').Split('\n');
        Assert.Equal(FullHeader, lines[0]);
        Assert.All(lines.Skip(1), line => Assert.Equal(23, line.Split(',').Length));
    }

    [Fact]
    public void Without_the_thoracolumbar_sensor_the_tl_columns_are_left_out()
    {
        var (athlete, script) = new WinkSensor.Simulation.Scenarios.QuickScenario { Reps = 1 }.Build(3);
        var simulator = new RecordingSimulator(athlete, script, new SimulationSettings { ThoracolumbarSensorPresent = false });
        string[] lines = SimulationFixtures.Csv(simulator).TrimEnd('\n').Split('\n');
        Assert.Equal(FullHeader.Replace("tl_ax,tl_ay,tl_az,tl_gx,tl_gy,tl_gz,", ""), lines[0]);
        Assert.All(lines.Skip(1), line => Assert.Equal(17, line.Split(',').Length));
    }

    [Fact]
    public void After_a_thoracolumbar_dropout_its_columns_are_empty()
    {
        var simulator = new RecordingSimulator(new WinkSensor.Simulation.Athletes.SimulatedAthlete(), SessionScript.Of(new StandStill(3)),
            new SimulationSettings { ThoracolumbarDropoutS = 4.0 });
        string[] rows = SimulationFixtures.Csv(simulator).TrimEnd('\n').Split('\n').Skip(1).ToArray();
        var before = rows.Where(r => double.Parse(r.Split(',')[0], System.Globalization.CultureInfo.InvariantCulture) < 4.0).ToList();
        var after = rows.Where(r => double.Parse(r.Split(',')[0], System.Globalization.CultureInfo.InvariantCulture) >= 4.0).ToList();
        Assert.NotEmpty(before);
        Assert.NotEmpty(after);
        Assert.All(before, r => Assert.All(r.Split(',')[7..13], cell => Assert.NotEmpty(cell)));
        Assert.All(after, r => Assert.All(r.Split(',')[7..13], cell => Assert.Empty(cell)));
        Assert.Equal(4.0, simulator.Truth.Sensors.Single(s => s.Site == "thoracolumbar").DropoutS);
    }

    [Fact]
    public void Samples_come_at_about_100_Hz_on_each_chips_own_clock()
    {
        var samples = SimulationFixtures.Squats(reps: 1).Samples().ToList();
        double[] steps = samples.Zip(samples.Skip(1), (a, b) => b.TimeS - a.TimeS).ToArray();
        Assert.All(steps, step => Assert.InRange(step, 0.0099 - 1e-9, 0.0101 + 1e-9));
        Assert.True(steps.Max() - steps.Min() < 1e-6, "one chip's FIFO period is constant");
        Assert.All(samples, s => Assert.True(s.ThoracolumbarTimeS <= s.TimeS && s.TimeS - s.ThoracolumbarTimeS < 0.0102));
    }
}
