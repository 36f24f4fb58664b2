namespace WinkSensor.Host.Tests;

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

    public static string BroadTrial(string name) => Path.Combine(Root(), "tests", "data", "broad", name);
}
