namespace RecoveryBot.Bot.Storage;

/// <summary>
/// Copies the WAL back into the database file every <see cref="WritesPerCheckpoint"/> writes, on a
/// thread-pool thread with a connection of its own. SQLite would otherwise checkpoint inside a commit,
/// fsync included, and every writer queued behind that commit would wait (seen as 250 ms stalls).
/// </summary>
internal sealed class WalCheckpointer(string connectionString) : IDisposable
{
    public const int WritesPerCheckpoint = 1000;

    private readonly Lock _gate = new();
    private SqliteSession? _session;
    private int _writes;
    private int _running;
    private bool _disposed;

    public void NoteWrite()
    {
        if (Interlocked.Increment(ref _writes) >= WritesPerCheckpoint && Interlocked.CompareExchange(ref _running, 1, 0) == 0)
        {
            Interlocked.Exchange(ref _writes, 0);
            _ = Task.Run(Checkpoint);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _session?.Dispose();
        }
    }

    private void Checkpoint()
    {
        try
        {
            lock (_gate)
            {
                if (!_disposed)
                {
                    _session ??= new SqliteSession(connectionString);
                    _session.Execute("PRAGMA wal_checkpoint(PASSIVE);");
                }
            }
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            // A missed checkpoint only lets the WAL grow until the next one; the data is safe either way.
        }
        finally
        {
            Interlocked.Exchange(ref _running, 0);
        }
    }
}
