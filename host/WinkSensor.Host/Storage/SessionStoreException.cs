namespace WinkSensor.Host.Storage;

/// <summary>The store file cannot be used (not a database, another program's database, a newer schema, locked).
/// The message names the file and is meant to be shown to the user as it is.</summary>
public sealed class SessionStoreException : Exception
{
    public SessionStoreException(string filePath, string message, Exception? inner = null)
        : base(message, inner)
    {
        FilePath = filePath;
    }

    public string FilePath { get; }
}
