using Microsoft.Data.Sqlite;

namespace RecoveryBot.Bot.FollowUps;

/// <summary>
/// Follow-ups in a table of the state's SQLite file (so they survive restarts with the state). One row per
/// follow-up; <c>available_at</c> is when it can next be claimed (its due time, a retry time, or the end of a
/// lease), so a claim is one statement — <c>UPDATE … WHERE available_at &lt;= now … RETURNING</c> — and two
/// instances on the same file can never both claim a row.
/// </summary>
public sealed class SqliteFollowUpStore : IFollowUpStore, IDisposable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS follow_ups (
            id           TEXT PRIMARY KEY NOT NULL,
            state_key    TEXT NOT NULL,
            body         TEXT NOT NULL,
            due          INTEGER NOT NULL,
            available_at INTEGER NOT NULL,
            attempts     INTEGER NOT NULL DEFAULT 0,
            owner        TEXT
        );
        CREATE INDEX IF NOT EXISTS follow_ups_available ON follow_ups (available_at);
        CREATE INDEX IF NOT EXISTS follow_ups_conversation ON follow_ups (state_key);
        """;

    private readonly SqliteConnection _connection;
    private readonly SemaphoreSlim _gate = new(1, 1);

    private SqliteFollowUpStore(SqliteConnection connection) => _connection = connection;

    /// <summary>Opens (creating when needed) the follow-up table in the SQLite file at <paramref name="path"/>.</summary>
    public static SqliteFollowUpStore Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString());
        connection.Open();
        Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000; PRAGMA secure_delete = ON;");
        Execute(connection, Schema);
        return new SqliteFollowUpStore(connection);
    }

    public Task ReplaceAsync(string stateKey, IReadOnlyList<FollowUp> wanted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        return WithConnectionAsync(() => Replace(stateKey, wanted), cancellationToken);
    }

    public Task CancelAsync(string stateKey, CancellationToken cancellationToken) =>
        ExecuteAsync("DELETE FROM follow_ups WHERE state_key = $key;", cancellationToken, ("$key", stateKey));

    public async Task<IReadOnlyList<FollowUp>> PendingAsync(string stateKey, CancellationToken cancellationToken) =>
        await WithConnectionAsync(() => Read(Command(null, "SELECT body, attempts FROM follow_ups WHERE state_key = $key ORDER BY due;", ("$key", stateKey))), cancellationToken);

    public async Task<IReadOnlyList<FollowUp>> ClaimDueAsync(DateTimeOffset now, TimeSpan lease, int max, string owner, CancellationToken cancellationToken) =>
        await WithConnectionAsync(
            () => Read(Command(
                null,
                """
                UPDATE follow_ups SET available_at = $leaseUntil, attempts = attempts + 1, owner = $owner
                WHERE id IN (SELECT id FROM follow_ups WHERE available_at <= $now ORDER BY available_at LIMIT $max)
                RETURNING body, attempts;
                """,
                ("$leaseUntil", FollowUpRecord.Milliseconds(now + lease)),
                ("$owner", owner),
                ("$now", FollowUpRecord.Milliseconds(now)),
                ("$max", max))),
            cancellationToken);

    public Task CompleteAsync(FollowUp followUp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(followUp);
        return ExecuteAsync("DELETE FROM follow_ups WHERE id = $id;", cancellationToken, ("$id", followUp.Id));
    }

    public Task RetryAtAsync(FollowUp followUp, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(followUp);
        return ExecuteAsync(
            "UPDATE follow_ups SET available_at = $at, owner = NULL WHERE id = $id;",
            cancellationToken,
            ("$id", followUp.Id),
            ("$at", FollowUpRecord.Milliseconds(at)));
    }

    public void Dispose()
    {
        _connection.Dispose();
        _gate.Dispose();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static List<FollowUp> Read(SqliteCommand command)
    {
        using (command)
        using (var reader = command.ExecuteReader())
        {
            var found = new List<FollowUp>();
            while (reader.Read())
            {
                found.Add(FollowUpRecord.Deserialize(reader.GetString(0), reader.GetInt32(1)));
            }

            return found;
        }
    }

    private Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters) =>
        WithConnectionAsync(
            () =>
            {
                using var command = Command(null, sql, parameters);
                return command.ExecuteNonQuery();
            },
            cancellationToken);

    private bool Replace(string stateKey, IReadOnlyList<FollowUp> wanted)
    {
        using var transaction = _connection.BeginTransaction();
        var existing = new List<string>();
        using (var select = Command(transaction, "SELECT id FROM follow_ups WHERE state_key = $key;", ("$key", stateKey)))
        using (var reader = select.ExecuteReader())
        {
            while (reader.Read())
            {
                existing.Add(reader.GetString(0));
            }
        }

        var ids = wanted.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var id in existing.Where(id => !ids.Contains(id)))
        {
            using var delete = Command(transaction, "DELETE FROM follow_ups WHERE id = $id;", ("$id", id));
            delete.ExecuteNonQuery();
        }

        foreach (var followUp in wanted.Where(f => !existing.Contains(f.Id)))
        {
            var due = FollowUpRecord.Milliseconds(followUp.Due);
            using var insert = Command(
                transaction,
                "INSERT OR IGNORE INTO follow_ups (id, state_key, body, due, available_at) VALUES ($id, $key, $body, $due, $due);",
                ("$id", followUp.Id),
                ("$key", stateKey),
                ("$body", FollowUpRecord.Serialize(followUp)),
                ("$due", due));
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
        return true;
    }

    private SqliteCommand Command(SqliteTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }

    private async Task<T> WithConnectionAsync<T>(Func<T> work, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return work();
        }
        finally
        {
            _gate.Release();
        }
    }
}
