using System.CommandLine;
using WinkSensor.Cli;

var root = new RootCommand("WinkSensor: catch butt wink in the squat, record and review sessions.");
foreach (var command in CommandCatalog.All())
    root.Subcommands.Add(command);
return root.Parse(args).Invoke();
