using Microsoft.Data.Sqlite;
using WinkSensor.Host.Storage;
using WinkSensor.Host.Tests.Fixtures;

namespace WinkSensor.Host.Tests.Storage;

public sealed class SessionStoreTests
{
    [Fact]
    public void Opening_an_empty_directory_creates_a_store_at_the_current_schema_marked_as_ours()
    {
        using var directory = new TemporaryDirectory();
        var store = SessionStore.OpenInDataDirectory(Path.Combine(directory.Path, "nested", "data"));

        Assert.True(File.Exists(store.FilePath));
        Assert.Equal(StoreSchema.CurrentVersion, Pragma(store.FilePath, "user_version"));
        Assert.Equal(StoreSchema.ApplicationId, Pragma(store.FilePath, "application_id"));
        foreach (var table in new[] { "sessions", "sets", "reps", "winks", "faults", "live_angles", "raw_frames", "alerts", "calibrations" })
            Assert.Contains(table, TableNames(store.FilePath));
    }

    [Fact]
    public void An_empty_file_is_taken_as_a_new_store()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File(DataDirectory.StoreFileName);
        File.WriteAllBytes(path, []);

        var store = SessionStore.Open(path);

        Assert.Equal(StoreSchema.CurrentVersion, Pragma(store.FilePath, "user_version"));
    }

    [Fact]
    public void Store_is_in_WAL_mode()
    {
        using var directory = new TemporaryDirectory();
        var store = SessionStore.OpenInDataDirectory(directory.Path);
        using var connection = store.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", command.ExecuteScalar());
    }

    [Fact]
    public void Reopening_keeps_schema_and_data_unchanged()
    {
        using var directory = new TemporaryDirectory();
        var first = SessionStore.OpenInDataDirectory(directory.Path);
        var id = new SessionFixtureBuilder(first).Set(3, [2]).Record();
        var schemaBefore = SchemaText(first.FilePath);

        var second = SessionStore.OpenInDataDirectory(directory.Path);

        Assert.Equal(schemaBefore, SchemaText(second.FilePath));
        Assert.Equal(StoreSchema.CurrentVersion, Pragma(second.FilePath, "user_version"));
        var session = Assert.Single(new SessionArchive(second).ListSessions());
        Assert.Equal(id, session.Id);
        Assert.Equal(3, session.RepCount);
    }

    [Fact]
    public void A_store_of_the_first_schema_version_migrates_and_keeps_its_sessions()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File(DataDirectory.StoreFileName);
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = StoreSchema.Migrations[0] + $"""
                PRAGMA user_version = 1;
                PRAGMA application_id = {StoreSchema.ApplicationId};
                INSERT INTO sessions (id, started_utc, ended_utc, complete) VALUES (1, '2026-10-03T18:30:00.000Z', '2026-10-03T18:40:00.000Z', 1);
                """;
            command.ExecuteNonQuery();
        }

        var store = SessionStore.Open(path);

        Assert.Equal(StoreSchema.CurrentVersion, Pragma(store.FilePath, "user_version"));
        Assert.Contains("configuration_changes", TableNames(store.FilePath));
        var archive = new SessionArchive(store);
        Assert.Equal(1, Assert.Single(archive.ListSessions()).Id);
        Assert.Empty(archive.ReadConfigurationChanges(1));
    }

    [Fact]
    public void Data_directory_follows_explicit_option_then_environment_variable()
    {
        Assert.Equal(Path.GetFullPath("/tmp/explicit-dir"), DataDirectory.Resolve("/tmp/explicit-dir"));
        Assert.EndsWith(DataDirectory.StoreFileName, DataDirectory.StorePath("/tmp/explicit-dir"));
        // Without an explicit directory the platform default (or WINKSENSOR_DATA_DIR) applies; on Linux it ends in winksensor.
        if (OperatingSystem.IsLinux() && Environment.GetEnvironmentVariable(DataDirectory.EnvironmentVariable) is null)
            Assert.EndsWith("winksensor", DataDirectory.Resolve());
    }

    internal static long Pragma(string path, string name)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False;Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name};";
        return Convert.ToInt64(command.ExecuteScalar());
    }

    private static List<string> TableNames(string path) =>
        Strings(path, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name;");

    private static string SchemaText(string path) =>
        string.Join("\n", Strings(path, "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name;"));

    private static List<string> Strings(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False;Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read()) values.Add(reader.GetString(0));
        return values;
    }
}
