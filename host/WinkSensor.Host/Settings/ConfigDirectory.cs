namespace WinkSensor.Host.Settings;

/// <summary>
/// Where the host settings file lives. In order: an explicit directory (the CLI's --config-dir), the
/// WINKSENSOR_CONFIG_DIR environment variable, then the platform's per-user config directory:
/// Linux $XDG_CONFIG_HOME/winksensor or ~/.config/winksensor, Windows %APPDATA%\WinkSensor,
/// macOS ~/Library/Application Support/WinkSensor.
/// </summary>
public static class ConfigDirectory
{
    public const string EnvironmentVariable = "WINKSENSOR_CONFIG_DIR";
    public const string FileName = "config.json";

    public static string Resolve(string? explicitDirectory = null)
    {
        if (!string.IsNullOrWhiteSpace(explicitDirectory)) return Path.GetFullPath(explicitDirectory);
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment)) return Path.GetFullPath(fromEnvironment);
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (OperatingSystem.IsWindows())
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData), "WinkSensor");
        if (OperatingSystem.IsMacOS())
            return Path.Combine(home, "Library", "Application Support", "WinkSensor");
        var xdgConfigHome = Environment.GetEnvironmentVariable("XDG_CONFIG_HOME");
        var baseDirectory = !string.IsNullOrWhiteSpace(xdgConfigHome) && Path.IsPathRooted(xdgConfigHome)
            ? xdgConfigHome
            : Path.Combine(home, ".config");
        return Path.Combine(baseDirectory, "winksensor");
    }

    public static string FilePath(string? explicitDirectory = null) => Path.Combine(Resolve(explicitDirectory), FileName);
}
