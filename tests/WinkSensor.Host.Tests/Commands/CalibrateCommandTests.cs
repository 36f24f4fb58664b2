using WinkSensor.Host.Tests.Fixtures;

namespace WinkSensor.Host.Tests.Commands;

/// <summary>`winksensor calibrate`: bad arguments give a clear message and exit code 2, never a stack trace.</summary>
public sealed class CalibrateCommandTests
{
    [Theory]
    [InlineData("--time-limit", "5")]
    [InlineData("--time-limit", "601")]
    [InlineData("--time-limit", "soon")]
    [InlineData("--transport", "carrier-pigeon")]
    [InlineData("--transport", "serial")]
    [InlineData("--transport", "serial", "--port", "/dev/no-such-wearable")]
    public void Bad_arguments_give_a_clear_message_and_exit_code_2(params string[] args)
    {
        using var directory = new TemporaryDirectory();

        var run = CliRun.Of(["calibrate", .. args, "--data-dir", directory.Path]);

        Assert.Equal(2, run.ExitCode);
        run.AssertNoStackTrace();
        Assert.NotEqual("", run.Error.Trim());
    }

    [Fact]
    public void Help_names_the_time_limit_and_the_wearable_options()
    {
        var run = CliRun.Of("calibrate", "--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var option in new[] { "--time-limit", "--simulate", "--device", "--port", "--transport" })
            Assert.Contains(option, run.Output);
    }
}
