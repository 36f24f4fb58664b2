namespace WinkSensor.Host.Tests;

/// <summary>Locations inside the repository, found by walking up from the test assembly to WinkSensor.sln.</summary>
public static class RepositoryPaths
{
    public static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory != null && !File.Exists(Path.Combine(directory.FullName, "WinkSensor.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("WinkSensor.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The four BROAD trials shipped in tests/data/broad.</summary>
    public static string BroadTrials() => Path.Combine(Root(), "tests", "data", "broad");

    public static string BroadTrial(string name) => Path.Combine(BroadTrials(), name);
}
