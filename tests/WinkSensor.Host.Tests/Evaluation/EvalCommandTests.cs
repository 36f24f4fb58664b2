using WinkSensor.Cli.Commands;

namespace WinkSensor.Host.Tests.Evaluation;

/// <summary>`winksensor eval --broad DIR`: the table, and clear failures on bad input.</summary>
public class EvalCommandTests
{
    [Fact]
    public void Broad_mode_prints_one_row_per_trial_and_exits_zero_when_all_meet_vqf()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exitCode = EvalCommand.RunBroad(RepositoryPaths.BroadTrials(), output, error);
        string table = output.ToString();
        Assert.Equal(0, exitCode);
        foreach (string trial in new[] { "02_undisturbed_slow_rotation_B", "10_undisturbed_slow_translation_A", "15_undisturbed_fast_translation_A", "21_undisturbed_fast_combined" })
            Assert.Contains(trial, table);
        Assert.Equal(4, table.Split('\n').Count(line => line.TrimEnd().EndsWith("pass")));
        Assert.Equal("", error.ToString());
    }

    [Fact]
    public void A_missing_folder_gives_a_message_and_a_non_zero_exit_code()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exitCode = EvalCommand.RunBroad("/no/such/folder", output, error);
        Assert.NotEqual(0, exitCode);
        Assert.Contains("not found", error.ToString());
        Assert.DoesNotContain("   at ", error.ToString());
    }

    [Fact]
    public void Eval_without_a_mode_says_how_to_choose_one()
    {
        var command = EvalCommand.Create();
        var root = new System.CommandLine.RootCommand();
        root.Subcommands.Add(command);
        var error = new StringWriter();
        var previous = Console.Error;
        Console.SetError(error);
        try
        {
            Assert.NotEqual(0, root.Parse(["eval"]).Invoke());
        }
        finally
        {
            Console.SetError(previous);
        }
        Assert.Contains("--broad", error.ToString());
    }
}
