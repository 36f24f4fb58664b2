using System.CommandLine;
using WinkSensor.Cli.Support;

namespace WinkSensor.Cli;

/// <summary>The `winksensor` command line: root command, global options, subcommands. Program.cs and in-process tests
/// both run it through <see cref="Run"/>.</summary>
public static class WinkSensorCommandLine
{
    public static RootCommand Build()
    {
        var root = new RootCommand("WinkSensor: catch butt wink in the squat, record and review sessions.");
        foreach (var option in GlobalOptions.All)
            root.Options.Add(option);
        foreach (var command in CommandCatalog.All())
            root.Subcommands.Add(command);
        return root;
    }

    /// <summary>Exit codes: 0 success, 1 unusable store/settings file or write failure, 2 bad arguments.</summary>
    public static int Run(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        var parseResult = Build().Parse(args);
        var configuration = new InvocationConfiguration();
        if (output is not null) configuration.Output = output;
        if (error is not null) configuration.Error = error;
        var exitCode = parseResult.Invoke(configuration);
        // A parse error (unknown option, missing argument) is a usage error, like the commands' own.
        return parseResult.Errors.Count > 0 ? ExitCodes.Usage : exitCode;
    }
}
