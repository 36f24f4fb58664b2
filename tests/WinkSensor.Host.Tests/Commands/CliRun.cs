using WinkSensor.Cli;

namespace WinkSensor.Host.Tests.Commands;

/// <summary>Runs the real `winksensor` command line in-process, capturing what it prints.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = WinkSensorCommandLine.Run(args, output, error);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>A clear message, not a .NET stack trace.</summary>
    public void AssertNoStackTrace()
    {
        Assert.DoesNotContain("   at ", Output + Error);
        Assert.DoesNotContain("Exception", Output + Error);
    }
}
