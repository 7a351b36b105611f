using System.Globalization;
using Microsoft.Data.Sqlite;

namespace RecoveryBot.Bot.Storage;

/// <summary>
/// Storage in one SQLite file (WAL journal), one row per key. Conditional writes are single statements
/// guarded by the eTag (<c>UPDATE … WHERE etag = @etag</c>), so concurrent writers, in this process or
/// another one on the same file, can never both win. Commits are durable across a process crash; with
/// <c>synchronous=NORMAL</c> a power loss may roll back the last few, never corrupt the file.
/// </summary>
public sealed class SqliteStorage : IStorage, IDisposable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS state (
            key        TEXT PRIMARY KEY NOT NULL,
            value      TEXT NOT NULL,
            etag       TEXT NOT NULL,
            updated_at TEXT NOT NULL
        ) WITHOUT ROWID;
        """;

    private const string SelectSql = "SELECT value, etag FROM state WHERE key = @key;";

    private const string UpsertSql = """
        INSERT INTO state (key, value, etag, updated_at) VALUES (@key, @value, @newETag, @updatedAt)
        ON CONFLICT (key) DO UPDATE SET value = excluded.value, etag = excluded.etag, updated_at = excluded.updated_at;
        """;

    private const string InsertIfAbsentSql = """
        INSERT INTO state (key, value, etag, updated_at) VALUES (@key, @value, @newETag, @updatedAt)
        ON CONFLICT (key) DO NOTHING;
        """;

    private const string UpdateIfMatchSql = """
        UPDATE state SET value = @value, etag = @newETag, updated_at = @updatedAt
        WHERE key = @key AND etag = @etag;
        """;

    private const string DeleteSql = "DELETE FROM state WHERE key = @key;";

    private readonly string _connectionString;
    private readonly TimeProvider _timeProvider;

    // SQLite has one writer at a time, and Microsoft.Data.Sqlite answers a busy database by sleeping 150 ms:
    // queueing this process's writers here keeps them off that path (other processes wait in busy_timeout).
    private readonly SemaphoreSlim _writeGate = new(1, 1);

    private SqliteStorage(string connectionString, TimeProvider timeProvider)
    {
        _connectionString = connectionString;
        _timeProvider = timeProvider;
    }

    /// <summary>The database file in use.</summary>
    public string Path { get; private init; } = "";

    /// <summary>Opens (creating when needed) the database at <paramref name="path"/> and its folder.</summary>
    public static SqliteStorage Open(string path, TimeProvider timeProvider)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var fullPath = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(fullPath)!);
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();

        var storage = new SqliteStorage(connectionString, timeProvider) { Path = fullPath };
        using var connection = storage.OpenConnection();
        Execute(connection, "PRAGMA journal_mode = WAL;");
        Execute(connection, Schema);
        return storage;
    }

    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        cancellationToken.ThrowIfCancellationRequested();
        var found = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
        if (keys.Count == 0)
        {
            return Task.FromResult<IReadOnlyDictionary<string, StoreItem>>(found);
        }

        using var connection = OpenConnection();
        using var select = connection.CreateCommand();
        select.CommandText = SelectSql;
        var keyParameter = select.Parameters.Add("@key", SqliteType.Text);
        foreach (var key in keys)
        {
            keyParameter.Value = key;
            using var reader = select.ExecuteReader();
            if (reader.Read())
            {
                found[key] = new StoreItem(reader.GetString(0), reader.GetString(1));
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, StoreItem>>(found);
    }

    public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var newETags = new Dictionary<string, string>(StringComparer.Ordinal);
        if (changes.Count == 0)
        {
            return newETags;
        }

        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            Write(changes, newETags);
        }
        finally
        {
            _writeGate.Release();
        }

        return newETags;
    }

    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            Delete(keys);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>Closes the pooled connections so the file can be moved or deleted.</summary>
    public void Dispose()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
        _writeGate.Dispose();
    }

    private void Write(IReadOnlyDictionary<string, StoreItem> changes, Dictionary<string, string> newETags)
    {
        using var connection = OpenConnection();

        // One statement is atomic on its own; several keys need a transaction so they fail as a whole.
        using var transaction = changes.Count > 1 ? connection.BeginTransaction() : null;
        var updatedAt = _timeProvider.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        foreach (var (key, item) in changes)
        {
            var newETag = Guid.NewGuid().ToString("N");
            if (!TryWrite(connection, transaction, key, item, newETag, updatedAt))
            {
                throw StorageConflictException.For(key, item.ETag);
            }

            newETags[key] = newETag;
        }

        transaction?.Commit();
    }

    private void Delete(IReadOnlyCollection<string> keys)
    {
        using var connection = OpenConnection();
        using var transaction = connection.BeginTransaction();
        using var delete = connection.CreateCommand();
        delete.Transaction = transaction;
        delete.CommandText = DeleteSql;
        var keyParameter = delete.Parameters.Add("@key", SqliteType.Text);
        foreach (var key in keys)
        {
            keyParameter.Value = key;
            delete.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private static bool TryWrite(SqliteConnection connection, SqliteTransaction? transaction, string key, StoreItem item, string newETag, string updatedAt)
    {
        var condition = WriteConditions.Of(item);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = condition switch
        {
            WriteCondition.Unconditional => UpsertSql,
            WriteCondition.CreateOnly => InsertIfAbsentSql,
            _ => UpdateIfMatchSql,
        };
        command.Parameters.AddWithValue("@key", key);
        command.Parameters.AddWithValue("@value", item.Value);
        command.Parameters.AddWithValue("@newETag", newETag);
        command.Parameters.AddWithValue("@updatedAt", updatedAt);
        if (condition == WriteCondition.MatchETag)
        {
            command.Parameters.AddWithValue("@etag", item.ETag);
        }

        return command.ExecuteNonQuery() == 1;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private SqliteConnection OpenConnection()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        Execute(connection, "PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;");
        return connection;
    }
}
