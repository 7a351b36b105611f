using Microsoft.Data.Sqlite;

namespace RecoveryBot.Bot.Storage;

/// <summary>
/// One open connection to the state database with its statements prepared once. Used by one caller at a
/// time; <see cref="SqliteStorage"/> keeps a single writer session and a pool of reader sessions.
/// </summary>
internal sealed class SqliteSession : IDisposable
{
    // Rows older than $cutoff are expired: reads skip them, create-only writes replace them, eTag writes
    // conflict on them, exactly as if a sweep had already deleted them. An empty cutoff expires nothing.
    private const string SelectSql = "SELECT value, etag FROM state WHERE key = $key AND updated_at >= $cutoff;";

    private const string UpsertSql = """
        INSERT INTO state (key, value, etag, updated_at) VALUES ($key, $value, $newETag, $updatedAt)
        ON CONFLICT (key) DO UPDATE SET value = excluded.value, etag = excluded.etag, updated_at = excluded.updated_at;
        """;

    private const string InsertIfAbsentSql = """
        INSERT INTO state (key, value, etag, updated_at) VALUES ($key, $value, $newETag, $updatedAt)
        ON CONFLICT (key) DO UPDATE SET value = excluded.value, etag = excluded.etag, updated_at = excluded.updated_at
        WHERE state.updated_at < $cutoff;
        """;

    private const string UpdateIfMatchSql = """
        UPDATE state SET value = $value, etag = $newETag, updated_at = $updatedAt
        WHERE key = $key AND etag = $etag AND updated_at >= $cutoff;
        """;

    private const string DeleteSql = "DELETE FROM state WHERE key = $key;";

    private const string DeleteExpiredSql = "DELETE FROM state WHERE updated_at < $cutoff;";

    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private SqliteTransaction? _transaction;

    public SqliteSession(string connectionString)
    {
        _connection = new SqliteConnection(connectionString);
        _connection.Open();

        // Per connection: WAL commits need no fsync (a power loss may drop the last commits, never corrupt),
        // and a writer in another process is waited for instead of failing at once.
        Execute("PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;");
    }

    public void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public StoreItem? Read(string key, string cutoff)
    {
        var select = Command(SelectSql, "$key", "$cutoff");
        select.Parameters["$key"].Value = key;
        select.Parameters["$cutoff"].Value = cutoff;
        using var reader = select.ExecuteReader();
        return reader.Read() ? new StoreItem(reader.GetString(0), reader.GetString(1)) : null;
    }

    /// <summary>Writes under the item's eTag condition; <see langword="false"/> when the condition did not hold.</summary>
    public bool TryWrite(string key, StoreItem item, string newETag, string updatedAt, string cutoff)
    {
        var condition = WriteConditions.Of(item);
        var command = condition switch
        {
            WriteCondition.Unconditional => Command(UpsertSql, "$key", "$value", "$newETag", "$updatedAt"),
            WriteCondition.CreateOnly => Command(InsertIfAbsentSql, "$key", "$value", "$newETag", "$updatedAt", "$cutoff"),
            _ => Command(UpdateIfMatchSql, "$key", "$value", "$newETag", "$updatedAt", "$etag", "$cutoff"),
        };
        command.Parameters["$key"].Value = key;
        command.Parameters["$value"].Value = item.Value;
        command.Parameters["$newETag"].Value = newETag;
        command.Parameters["$updatedAt"].Value = updatedAt;
        if (condition == WriteCondition.MatchETag)
        {
            command.Parameters["$etag"].Value = item.ETag;
        }

        if (condition != WriteCondition.Unconditional)
        {
            command.Parameters["$cutoff"].Value = cutoff;
        }

        return command.ExecuteNonQuery() == 1;
    }

    public void Delete(string key)
    {
        var delete = Command(DeleteSql, "$key");
        delete.Parameters["$key"].Value = key;
        delete.ExecuteNonQuery();
    }

    /// <summary>Deletes every row last changed before <paramref name="cutoff"/>; answers how many.</summary>
    public int DeleteExpired(string cutoff)
    {
        var delete = Command(DeleteExpiredSql, "$cutoff");
        delete.Parameters["$cutoff"].Value = cutoff;
        return delete.ExecuteNonQuery();
    }

    /// <summary>Starts a transaction that the statements of this session join until <see cref="EndTransaction"/>.</summary>
    public SqliteTransaction BeginTransaction() => _transaction = _connection.BeginTransaction();

    public void EndTransaction() => _transaction = null;

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _connection.Dispose();
    }

    private SqliteCommand Command(string sql, params string[] parameters)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = _connection.CreateCommand();
            command.CommandText = sql;
            foreach (var name in parameters)
            {
                command.Parameters.Add(name, SqliteType.Text);
            }

            command.Prepare();
            _commands[sql] = command;
        }

        command.Transaction = _transaction;
        return command;
    }
}
