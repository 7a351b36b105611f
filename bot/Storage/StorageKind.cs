namespace RecoveryBot.Bot.Storage;

/// <summary>Where conversation state lives (<c>Storage:Kind</c>).</summary>
public enum StorageKind
{
    /// <summary>An SQLite file on local disk; survives restarts. The default.</summary>
    Sqlite,

    /// <summary>Process memory; for tests and quick tries.</summary>
    Memory,

    /// <summary>A Redis server shared by several bot instances.</summary>
    Redis,
}
