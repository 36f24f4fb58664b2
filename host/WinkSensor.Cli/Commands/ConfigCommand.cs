using System.CommandLine;
using Spectre.Console;
using WinkSensor.Cli.Support;
using WinkSensor.Host.Settings;

namespace WinkSensor.Cli.Commands;

/// <summary>`winksensor config get [KEY]`, `config set KEY VALUE`, `config unset KEY`: host settings.</summary>
internal static class ConfigCommand
{
    public static Command Create()
    {
        var command = new Command("config", "Read or change host settings (device address, transport, alerts, wink threshold)");
        command.Subcommands.Add(CreateGet());
        command.Subcommands.Add(CreateSet());
        command.Subcommands.Add(CreateUnset());
        return command;
    }

    private static Command CreateGet()
    {
        var key = new Argument<string?>("key") { Description = "Setting to print; without it every setting is listed", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("get", "Print one setting's value, or list every setting") { key };
        CommandRunner.SetAction(command, context =>
        {
            var settings = Load(context);
            var requested = context.ParseResult.GetValue(key);
            if (requested is not null)
            {
                context.OutWriter.WriteLine(settings.Get(requested));
                return ExitCodes.Success;
            }
            var table = new Table().Border(TableBorder.Rounded).AddColumn("Key").AddColumn("Value").AddColumn("Meaning");
            foreach (var setting in HostSettingKeys.All)
            {
                var value = settings.Get(setting.Key);
                var shown = settings.IsSet(setting.Key) ? Markup.Escape(value) : $"[grey]{Markup.Escape(value)} (default)[/]";
                table.AddRow(Markup.Escape(setting.Key), shown, Markup.Escape(setting.Description));
            }
            context.Out.Write(table);
            context.Out.MarkupLine($"[grey]{Markup.Escape(settings.FilePath)}[/]");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateSet()
    {
        var key = new Argument<string>("key") { Description = "Setting to change (see `winksensor config get`)" };
        var value = new Argument<string>("value") { Description = "New value" };
        var command = new Command("set", "Change a setting; the value is checked first") { key, value };
        CommandRunner.SetAction(command, context =>
        {
            var settings = Load(context);
            var settingKey = HostSettingKeys.Find(context.ParseResult.GetValue(key)!).Key;
            var stored = settings.Set(settingKey, context.ParseResult.GetValue(value)!);
            context.Out.MarkupLine($"{Markup.Escape(settingKey)} = [green]{Markup.Escape(stored)}[/]");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateUnset()
    {
        var key = new Argument<string>("key") { Description = "Setting to return to its default" };
        var command = new Command("unset", "Return a setting to its default") { key };
        CommandRunner.SetAction(command, context =>
        {
            var settings = Load(context);
            var setting = HostSettingKeys.Find(context.ParseResult.GetValue(key)!);
            settings.Unset(setting.Key);
            context.Out.MarkupLine($"{Markup.Escape(setting.Key)} = [grey]{Markup.Escape(setting.DefaultValue)} (default)[/]");
            return ExitCodes.Success;
        });
        return command;
    }

    private static HostSettingsFile Load(CommandContext context) =>
        HostSettingsFile.Load(ConfigDirectory.FilePath(context.ConfigDirectory));
}
