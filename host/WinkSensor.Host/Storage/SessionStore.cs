using System.Text;
using Microsoft.Data.Sqlite;

namespace WinkSensor.Host.Storage;

/// <summary>
/// The SQLite file that holds every recorded session. Opening checks the file is ours before anything is written:
/// garbage bytes, another program's SQLite database or a schema newer than this program are refused with a
/// <see cref="SessionStoreException"/> naming the file, and the file is left exactly as it was.
/// A new or older store is migrated to <see cref="StoreSchema.CurrentVersion"/> and switched to WAL journalling.
/// </summary>
public sealed class SessionStore
{
    private static readonly byte[] SqliteHeader = Encoding.ASCII.GetBytes("SQLite format 3\0");

    private SessionStore(string filePath)
    {
        FilePath = filePath;
    }

    public string FilePath { get; }

    /// <summary>Opens (creating if needed) the store in the data directory; see <see cref="DataDirectory"/>.</summary>
    public static SessionStore OpenInDataDirectory(string? explicitDirectory = null) =>
        Open(DataDirectory.StorePath(explicitDirectory));

    public static SessionStore Open(string filePath)
    {
        var fullPath = Path.GetFullPath(filePath);
        RefuseNonSqliteFile(fullPath);
        var directory = Path.GetDirectoryName(fullPath);
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);

        var store = new SessionStore(fullPath);
        try
        {
            if (File.Exists(fullPath))
            {
                // Checked read-only: closing a writable connection may checkpoint a foreign WAL database into its file.
                using var inspection = store.OpenConnectionWithoutSetup(SqliteOpenMode.ReadOnly);
                RefuseForeignOrNewer(fullPath, ReadState(inspection));
            }
            using var connection = store.OpenConnectionWithoutSetup();
            RefuseForeignOrNewer(fullPath, ReadState(connection));
            Execute(connection, "PRAGMA journal_mode = WAL;");
            Migrate(connection);
        }
        catch (SqliteException exception)
        {
            throw new SessionStoreException(fullPath,
                $"Cannot open the session store {fullPath}: {exception.Message.TrimEnd('.')}. The file was left as it is.",
                exception);
        }
        return store;
    }

    /// <summary>An open connection with foreign keys on; the caller disposes it.</summary>
    public SqliteConnection OpenConnection()
    {
        var connection = OpenConnectionWithoutSetup();
        // NORMAL is safe in WAL mode against a crashed or killed process; only a power cut may lose the last commits.
        Execute(connection, "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;");
        return connection;
    }

    private SqliteConnection OpenConnectionWithoutSetup(SqliteOpenMode mode = SqliteOpenMode.ReadWriteCreate)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = mode,
            // No pooling: a closed store really releases the file (tests compare its bytes; users may move it).
            Pooling = false,
            DefaultTimeout = 10,
        };
        var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        return connection;
    }

    private static void RefuseNonSqliteFile(string fullPath)
    {
        if (!File.Exists(fullPath)) return;
        var header = new byte[SqliteHeader.Length];
        int read;
        using (var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        {
            if (stream.Length == 0) return; // SQLite treats an empty file as an empty database.
            read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }
        if (read < header.Length || !header.AsSpan().SequenceEqual(SqliteHeader))
            throw new SessionStoreException(fullPath,
                $"{fullPath} is not a WinkSensor session store: it is not an SQLite database (corrupt or another kind of file). " +
                "It was left untouched; move it away or choose another directory with --data-dir.");
    }

    private readonly record struct StoreState(int ApplicationId, int UserVersion, long ObjectCount);

    private static StoreState ReadState(SqliteConnection connection) => new(
        Convert.ToInt32(Scalar(connection, "PRAGMA application_id;")),
        Convert.ToInt32(Scalar(connection, "PRAGMA user_version;")),
        Convert.ToInt64(Scalar(connection, "SELECT count(*) FROM sqlite_master;")));

    private static void RefuseForeignOrNewer(string fullPath, StoreState state)
    {
        var isEmpty = state.ApplicationId == 0 && state.UserVersion == 0 && state.ObjectCount == 0;
        if (isEmpty) return;
        if (state.ApplicationId != StoreSchema.ApplicationId)
            throw new SessionStoreException(fullPath,
                $"{fullPath} is an SQLite database of another program (application_id 0x{state.ApplicationId:X8}), " +
                "not a WinkSensor session store. It was left untouched; choose another directory with --data-dir.");
        if (state.UserVersion > StoreSchema.CurrentVersion)
            throw new SessionStoreException(fullPath,
                $"{fullPath} was written by a newer WinkSensor (schema version {state.UserVersion}; this program knows " +
                $"up to {StoreSchema.CurrentVersion}). It was left untouched; update winksensor to read it.");
    }

    private static void Migrate(SqliteConnection connection)
    {
        if (Convert.ToInt32(Scalar(connection, "PRAGMA user_version;")) == StoreSchema.CurrentVersion) return;
        // IMMEDIATE takes the write lock first, so two programs opening a new store at once migrate it only once.
        using var transaction = connection.BeginTransaction(deferred: false);
        var version = Convert.ToInt32(Scalar(connection, "PRAGMA user_version;", transaction));
        if (version == 0)
            Execute(connection, $"PRAGMA application_id = {StoreSchema.ApplicationId};", transaction);
        for (; version < StoreSchema.CurrentVersion; version++)
        {
            Execute(connection, StoreSchema.Migrations[version], transaction);
            Execute(connection, $"PRAGMA user_version = {version + 1};", transaction);
        }
        transaction.Commit();
    }

    private static object? Scalar(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command.ExecuteScalar();
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }
}
