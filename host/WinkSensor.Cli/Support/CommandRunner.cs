using System.CommandLine;
using Spectre.Console;
using WinkSensor.Host.Settings;
using WinkSensor.Host.Storage;

namespace WinkSensor.Cli.Support;

/// <summary>Runs a command's action and turns expected failures into a clear message and exit code, never a stack trace.</summary>
internal static class CommandRunner
{
    public static void SetAction(Command command, Func<CommandContext, int> action) =>
        command.SetAction(parseResult => Run(parseResult, action));

    public static int Run(ParseResult parseResult, Func<CommandContext, int> action)
    {
        var context = new CommandContext(parseResult);
        try
        {
            return action(context);
        }
        catch (UsageException exception)
        {
            return Fail(context, exception.Message, ExitCodes.Usage);
        }
        catch (HostSettingsException exception)
        {
            return Fail(context, exception.Message, ExitCodes.Usage);
        }
        catch (SessionStoreException exception)
        {
            return Fail(context, exception.Message, ExitCodes.Failure);
        }
        catch (IOException exception)
        {
            return Fail(context, exception.Message, ExitCodes.Failure);
        }
        catch (UnauthorizedAccessException exception)
        {
            return Fail(context, exception.Message, ExitCodes.Failure);
        }
    }

    private static int Fail(CommandContext context, string message, int exitCode)
    {
        context.Error.MarkupLine($"[red]error:[/] {Markup.Escape(message)}");
        return exitCode;
    }
}
