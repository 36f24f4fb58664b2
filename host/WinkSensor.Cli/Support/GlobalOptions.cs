using System.CommandLine;

namespace WinkSensor.Cli.Support;

/// <summary>Options every subcommand accepts (before or after the subcommand name).</summary>
internal static class GlobalOptions
{
    public static readonly Option<string?> DataDirectory = new("--data-dir")
    {
        Description = "Directory of the session store (default: WINKSENSOR_DATA_DIR, else the platform's data directory)",
        Recursive = true,
    };

    public static readonly Option<string?> ConfigDirectory = new("--config-dir")
    {
        Description = "Directory of the settings file (default: WINKSENSOR_CONFIG_DIR, else the platform's config directory)",
        Recursive = true,
    };

    public static IEnumerable<Option> All => [DataDirectory, ConfigDirectory];
}
