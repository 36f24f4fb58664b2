namespace WinkSensor.Host.Storage;

/// <summary>
/// Where the session store lives. In order: an explicit directory (the CLI's --data-dir), the WINKSENSOR_DATA_DIR
/// environment variable, then the platform's per-user data directory:
/// Linux $XDG_DATA_HOME/winksensor or ~/.local/share/winksensor, Windows %LOCALAPPDATA%\WinkSensor,
/// macOS ~/Library/Application Support/WinkSensor.
/// </summary>
public static class DataDirectory
{
    public const string EnvironmentVariable = "WINKSENSOR_DATA_DIR";

    /// <summary>File name of the session store inside the data directory.</summary>
    public const string StoreFileName = "sessions.sqlite";

    public static string Resolve(string? explicitDirectory = null)
    {
        if (!string.IsNullOrWhiteSpace(explicitDirectory)) return Path.GetFullPath(explicitDirectory);
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment)) return Path.GetFullPath(fromEnvironment);
        return PlatformDefault();
    }

    public static string StorePath(string? explicitDirectory = null) =>
        Path.Combine(Resolve(explicitDirectory), StoreFileName);

    private static string PlatformDefault()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (OperatingSystem.IsWindows())
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "WinkSensor");
        if (OperatingSystem.IsMacOS())
            return Path.Combine(home, "Library", "Application Support", "WinkSensor");
        var xdgDataHome = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        var baseDirectory = !string.IsNullOrWhiteSpace(xdgDataHome) && Path.IsPathRooted(xdgDataHome)
            ? xdgDataHome
            : Path.Combine(home, ".local", "share");
        return Path.Combine(baseDirectory, "winksensor");
    }
}
