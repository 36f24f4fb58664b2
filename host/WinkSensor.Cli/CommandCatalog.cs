using System.CommandLine;

namespace WinkSensor.Cli;

/// <summary>Every `winksensor` subcommand; each lives in its own file under Commands/.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All()
    {
        yield return Commands.SimulateCommand.Create();
    }
}
