using Microsoft.Data.Sqlite;
using WinkSensor.Host.Storage;
using WinkSensor.Host.Tests.Fixtures;

namespace WinkSensor.Host.Tests.Storage;

/// <summary>Files that are not our store are refused with a message naming them, and never written.</summary>
public sealed class ForeignFileTests
{
    [Fact]
    public void Garbage_bytes_are_refused_and_left_untouched()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File(DataDirectory.StoreFileName);
        var garbage = new byte[8192];
        new Random(42).NextBytes(garbage);
        File.WriteAllBytes(path, garbage);

        var error = Assert.Throws<SessionStoreException>(() => SessionStore.Open(path));

        Assert.Contains(path, error.Message);
        Assert.Contains("not an SQLite database", error.Message);
        Assert.Equal(garbage, File.ReadAllBytes(path));
    }

    [Fact]
    public void SQLite_header_followed_by_garbage_is_refused_and_left_untouched()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File(DataDirectory.StoreFileName);
        var bytes = new byte[8192];
        new Random(7).NextBytes(bytes);
        "SQLite format 3\0"u8.CopyTo(bytes);
        File.WriteAllBytes(path, bytes);

        var error = Assert.Throws<SessionStoreException>(() => SessionStore.Open(path));

        Assert.Contains(path, error.Message);
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Fact]
    public void Another_programs_SQLite_database_is_refused_and_left_untouched()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File(DataDirectory.StoreFileName);
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('bread');";
            command.ExecuteNonQuery();
        }
        var before = File.ReadAllBytes(path);

        var error = Assert.Throws<SessionStoreException>(() => SessionStore.Open(path));

        Assert.Contains(path, error.Message);
        Assert.Contains("another program", error.Message);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal(0, SessionStoreTests.Pragma(path, "user_version"));
    }

    [Fact]
    public void A_database_with_another_application_id_is_refused_even_when_empty()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File(DataDirectory.StoreFileName);
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA application_id = 1234;";
            command.ExecuteNonQuery();
        }
        var before = File.ReadAllBytes(path);

        var error = Assert.Throws<SessionStoreException>(() => SessionStore.Open(path));

        Assert.Contains("0x000004D2", error.Message);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void A_store_from_a_newer_program_is_refused_and_left_untouched()
    {
        using var directory = new TemporaryDirectory();
        var path = SessionStore.OpenInDataDirectory(directory.Path).FilePath;
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA user_version = {StoreSchema.CurrentVersion + 1}; PRAGMA wal_checkpoint(TRUNCATE);";
            command.ExecuteNonQuery();
        }
        var before = File.ReadAllBytes(path);

        var error = Assert.Throws<SessionStoreException>(() => SessionStore.Open(path));

        Assert.Contains("newer", error.Message);
        Assert.Equal(before, File.ReadAllBytes(path));
    }
}
