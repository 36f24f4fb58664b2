using Microsoft.Data.Sqlite;

namespace WinkSensor.Host.Storage;

/// <summary>A reusable command bound to one session, with positional parameters $1..$n. Nulls become SQL NULL.</summary>
internal sealed class PreparedStatement : IDisposable
{
    private readonly SqliteCommand command;
    private readonly SqliteParameter[] parameters;

    public PreparedStatement(SqliteConnection connection, long sessionId, string sql, int parameterCount)
    {
        command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$session", sessionId);
        parameters = new SqliteParameter[parameterCount];
        for (var i = 0; i < parameterCount; i++)
            parameters[i] = command.Parameters.AddWithValue("$" + (i + 1), DBNull.Value);
    }

    /// <summary>Runs the statement; answers the rows it changed.</summary>
    public int Run(SqliteTransaction transaction, params object?[] values)
    {
        Bind(transaction, values);
        return command.ExecuteNonQuery();
    }

    /// <summary>Runs a statement ending in RETURNING id and answers that id.</summary>
    public long Scalar(SqliteTransaction transaction, params object?[] values)
    {
        Bind(transaction, values);
        return Convert.ToInt64(command.ExecuteScalar());
    }

    private void Bind(SqliteTransaction transaction, object?[] values)
    {
        if (values.Length != parameters.Length)
            throw new ArgumentException($"Expected {parameters.Length} values, got {values.Length}.", nameof(values));
        command.Transaction = transaction;
        for (var i = 0; i < values.Length; i++)
            parameters[i].Value = values[i] switch
            {
                null => DBNull.Value,
                bool flag => flag ? 1 : 0,
                var value => value,
            };
    }

    public void Dispose() => command.Dispose();
}
