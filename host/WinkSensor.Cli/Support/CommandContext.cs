using System.CommandLine;
using Spectre.Console;
using WinkSensor.Host.Storage;

namespace WinkSensor.Cli.Support;

/// <summary>What a command's action needs: consoles bound to the invocation's writers, and the global options.</summary>
internal sealed class CommandContext
{
    public CommandContext(ParseResult parseResult)
    {
        ParseResult = parseResult;
        var configuration = parseResult.InvocationConfiguration;
        Out = CreateConsole(configuration.Output);
        Error = CreateConsole(configuration.Error);
        DataDirectory = parseResult.GetValue(GlobalOptions.DataDirectory);
        ConfigDirectory = parseResult.GetValue(GlobalOptions.ConfigDirectory);
    }

    public ParseResult ParseResult { get; }

    /// <summary>Results (tables, exported data).</summary>
    public IAnsiConsole Out { get; }

    /// <summary>Errors and progress, so piped output stays clean.</summary>
    public IAnsiConsole Error { get; }

    public string? DataDirectory { get; }

    public string? ConfigDirectory { get; }

    public TextWriter OutWriter => ParseResult.InvocationConfiguration.Output;

    public SessionStore OpenStore() => SessionStore.OpenInDataDirectory(DataDirectory);

    /// <summary>Resolves the user's session argument ("latest" or an id) or throws a <see cref="UsageException"/>.</summary>
    public SessionSummary FindSession(SessionArchive archive, SessionStore store, string text)
    {
        if (!SessionReference.TryParse(text, out var reference))
            throw new UsageException(
                $"'{text}' is not a session: give a session id (a number from `winksensor sessions`) or 'latest'.");
        return archive.FindSession(reference) ?? throw new UsageException(reference.IsLatest
            ? $"No sessions are recorded yet in {store.FilePath}."
            : $"There is no session {reference.Id} in {store.FilePath}; `winksensor sessions` lists them.");
    }

    private static IAnsiConsole CreateConsole(TextWriter writer)
    {
        // Colours and live progress only on a real terminal: piped or captured output stays plain text.
        var terminal = (ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected)
                       || (ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        // Redirected output has no terminal width; keep tables on one line each instead of wrapping at 80 columns.
        if (!console.Profile.Capabilities.Interactive && console.Profile.Width < 160) console.Profile.Width = 160;
        return console;
    }
}
