using System.CommandLine;
using WinkSensor.Cli.Commands;

namespace WinkSensor.Cli;

/// <summary>Every `winksensor` subcommand; each lives in its own file under Commands/.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All()
    {
        yield return EvalCommand.Create();
        yield return Commands.ReplayCommand.Create();
        yield return Commands.SimulateCommand.Create();
        yield return SessionsCommand.Create();
        yield return ShowCommand.Create();
        yield return ReportCommand.Create();
        yield return ExportCommand.Create();
        yield return ConfigCommand.Create();
        yield return DemoCommand.Create();
        yield return RecordCommand.Create();
        yield return ScanCommand.Create();
        yield return TagCommand.Create();
        yield return CoachCommand.Create();
        yield return CalibrateCommand.Create();
    }
}
