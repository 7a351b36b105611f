namespace RecoveryBot.Bot.Storage;

/// <summary>The <c>Storage</c> configuration section.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary><c>sqlite</c> (default), <c>redis</c> or <c>memory</c>.</summary>
    public StorageKind Kind { get; set; } = StorageKind.Sqlite;

    /// <summary>The SQLite file; relative paths are under the content root. Default <c>data/recoverybot.db</c>.</summary>
    public string SqlitePath { get; set; } = "data/recoverybot.db";

    /// <summary>StackExchange.Redis connection string, e.g. <c>127.0.0.1:6379,password=…</c>. Default <c>localhost:6379</c>.</summary>
    public string Redis { get; set; } = "localhost:6379";

    /// <summary>
    /// First part of every Redis key, so several bots (or test runs) can share one server. Default <c>rb:</c>;
    /// the store adds the layout version (<c>v1:</c>) after it.
    /// </summary>
    public string RedisKeyPrefix { get; set; } = "rb:";

    /// <summary>
    /// Days after its last change that a conversation's state is forgotten (Redis TTL; SQLite ignores and
    /// sweeps older rows). Default 90. The in-memory store keeps everything until the process ends.
    /// </summary>
    public int ExpireAfterDays { get; set; } = 90;

    public TimeSpan ExpireAfter => TimeSpan.FromDays(ExpireAfterDays);
}
