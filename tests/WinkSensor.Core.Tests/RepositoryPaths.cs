namespace WinkSensor.Core.Tests;

/// <summary>Locations inside the repository, found from the test assembly's own folder.</summary>
public static class RepositoryPaths
{
    public static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory != null && !File.Exists(Path.Combine(directory.FullName, "WinkSensor.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("WinkSensor.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The core compiled against the device mscorlib, in the same configuration as the tests.</summary>
    public static string DeviceCoreAssembly()
    {
        string configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        string path = Path.Combine(Root(), "firmware", "WinkSensor.Core.Device", "bin", configuration, "netstandard2.0", "WinkSensor.Core.Device.dll");
        if (!File.Exists(path)) throw new FileNotFoundException("Device build of the core not found; build the solution first.", path);
        return path;
    }

    /// <summary>The four BROAD trials shipped in tests/data/broad.</summary>
    public static string BroadTrials() => Path.Combine(Root(), "tests", "data", "broad");
}
