using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace RecoveryBot.Bot.Storage;

/// <summary>
/// Storage in one SQLite file (WAL journal), one row per key. Conditional writes are single statements
/// guarded by the eTag (<c>UPDATE … WHERE etag = $etag</c>), so concurrent writers, in this process or
/// another one on the same file, can never both win. Commits survive a process crash; with
/// <c>synchronous=NORMAL</c> a power loss may roll back the last few, never corrupt the file.
/// Rows not changed for the expiry period read as absent and are deleted by <see cref="DeleteExpiredAsync"/>;
/// deleted rows are overwritten in the file (<c>secure_delete</c>), so erased state does not linger.
/// </summary>
public sealed class SqliteStorage : IStorage, IExpiringStorage, IDisposable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS state (
            key        TEXT PRIMARY KEY NOT NULL,
            value      TEXT NOT NULL,
            etag       TEXT NOT NULL,
            updated_at TEXT NOT NULL
        ) WITHOUT ROWID;
        """;

    private readonly string _connectionString;
    private readonly TimeProvider _timeProvider;
    private readonly TimeSpan? _expireAfter;
    private readonly ConcurrentBag<SqliteSession> _readers = [];

    // SQLite has one writer at a time, and Microsoft.Data.Sqlite answers a busy database by sleeping 150 ms:
    // this process's writers queue here on one connection instead (other processes wait in busy_timeout).
    // That connection never checkpoints inside a commit; WalCheckpointer does it beside the writers.
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly SqliteSession _writer;
    private readonly WalCheckpointer _checkpointer;
    private int _disposed;

    private SqliteStorage(string path, string connectionString, TimeProvider timeProvider, TimeSpan? expireAfter)
    {
        Path = path;
        _connectionString = connectionString;
        _timeProvider = timeProvider;
        _expireAfter = expireAfter;
        _writer = new SqliteSession(connectionString);
        _writer.Execute("PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0; PRAGMA secure_delete = ON;");
        _writer.Execute(Schema);
        _checkpointer = new WalCheckpointer(connectionString);
    }

    /// <summary>The database file in use.</summary>
    public string Path { get; }

    /// <summary>
    /// Opens (creating when needed) the database at <paramref name="path"/> and its folder. State not changed
    /// for <paramref name="expireAfter"/> is treated as gone; <see langword="null"/> keeps everything.
    /// </summary>
    public static SqliteStorage Open(string path, TimeProvider timeProvider, TimeSpan? expireAfter = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var fullPath = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(fullPath)!);
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString();
        return new SqliteStorage(fullPath, connectionString, timeProvider, expireAfter);
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

        var cutoff = Cutoff();
        var session = _readers.TryTake(out var pooled) ? pooled : new SqliteSession(_connectionString);
        try
        {
            foreach (var key in keys)
            {
                if (session.Read(key, cutoff) is { } item)
                {
                    found[key] = item;
                }
            }
        }
        catch
        {
            session.Dispose();
            throw;
        }

        _readers.Add(session);
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
            // One statement is atomic on its own; several keys need a transaction so they fail as a whole.
            using var transaction = changes.Count > 1 ? _writer.BeginTransaction() : null;
            try
            {
                var updatedAt = Timestamp(_timeProvider.GetUtcNow());
                var cutoff = Cutoff();
                foreach (var (key, item) in changes)
                {
                    var newETag = Guid.NewGuid().ToString("N");
                    if (!_writer.TryWrite(key, item, newETag, updatedAt, cutoff))
                    {
                        throw StorageConflictException.For(key, item.ETag);
                    }

                    newETags[key] = newETag;
                }

                transaction?.Commit();
            }
            finally
            {
                _writer.EndTransaction();
            }
        }
        finally
        {
            _writeGate.Release();
        }

        _checkpointer.NoteWrite();
        return newETags;
    }

    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            using var transaction = _writer.BeginTransaction();
            try
            {
                foreach (var key in keys)
                {
                    _writer.Delete(key);
                }

                transaction.Commit();
            }
            finally
            {
                _writer.EndTransaction();
            }
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public async Task<int> DeleteExpiredAsync(CancellationToken cancellationToken = default)
    {
        if (_expireAfter is null)
        {
            return 0;
        }

        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            return _writer.DeleteExpired(Cutoff());
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>Closes every connection so the file can be moved or deleted.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _writeGate.Wait();
        _checkpointer.Dispose();
        _writer.Dispose();
        while (_readers.TryTake(out var reader))
        {
            reader.Dispose();
        }

        _writeGate.Dispose();
    }

    // Stored times are UTC in the round-trip format, so they sort as strings; "" is before all of them.
    private string Cutoff() => _expireAfter is { } expireAfter ? Timestamp(_timeProvider.GetUtcNow() - expireAfter) : "";

    private static string Timestamp(DateTimeOffset time) => time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
}
