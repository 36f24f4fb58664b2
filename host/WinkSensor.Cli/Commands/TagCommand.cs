using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using WinkSensor.Cli.Support;
using WinkSensor.Host.Reports;
using WinkSensor.Host.Storage;

namespace WinkSensor.Cli.Commands;

/// <summary>
/// `winksensor tag SESSION --set N key=value ...`: tags how a recorded set was performed (stance, toe angle, heels,
/// load, shoes, note). Tags given are changed, the others kept; `key=` clears one; `--clear` starts from none.
/// </summary>
internal static class TagCommand
{
    public static Command Create()
    {
        var session = SessionArgumentFactory.Create();
        var set = new Option<int>("--set", "-s") { Description = "Set number (from `winksensor show`)", Required = true };
        var tags = new Argument<string[]>("tags")
        {
            Description = $"key=value (keys: {SetTags.Keys}); key= clears that key",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var clear = new Option<bool>("--clear") { Description = "Remove the set's existing tags first" };
        var command = new Command("tag", "Tag how a recorded set was performed (stance, toe angle, heels, load, shoes, note)")
        {
            session, tags, set, clear,
        };
        CommandRunner.SetAction(command, context => Tag(context, context.ParseResult.GetValue(session)!,
            context.ParseResult.GetValue(set), context.ParseResult.GetValue(tags) ?? [], context.ParseResult.GetValue(clear)));
        return command;
    }

    private static int Tag(CommandContext context, string sessionText, int setNumber, string[] tags, bool clear)
    {
        if (tags.Length == 0 && !clear)
            throw new UsageException($"Give at least one key=value tag (keys: {SetTags.Keys}), or --clear.");
        var store = context.OpenStore();
        var archive = new SessionArchive(store);
        var found = context.FindSession(archive, store, sessionText);
        var session = archive.LoadSession(new SessionReference(found.Id))!;
        var existing = session.Sets.FirstOrDefault(s => s.SetNumber == setNumber)
            ?? throw new UsageException(session.Sets.Count == 0
                ? $"Session {found.Id} has no sets (no reps were recorded)."
                : string.Create(CultureInfo.InvariantCulture,
                    $"Session {found.Id} has no set {setNumber}; its sets are {string.Join(", ", session.Sets.Select(s => s.SetNumber))}."));
        var conditions = SetTags.Apply(clear ? SetConditions.None : existing.Conditions, tags);
        if (!archive.TagSet(found.Id, setNumber, conditions))
            throw new UsageException($"Session {found.Id} set {setNumber} could not be tagged (was it deleted meanwhile?).");
        context.Out.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"Session {found.Id}, set {setNumber}: {TextFormat.Conditions(conditions)}")));
        return ExitCodes.Success;
    }
}
