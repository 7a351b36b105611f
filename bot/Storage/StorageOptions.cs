namespace RecoveryBot.Bot.Storage;

/// <summary>The <c>Storage</c> configuration section.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary><c>sqlite</c> (default) or <c>memory</c>.</summary>
    public StorageKind Kind { get; set; } = StorageKind.Sqlite;

    /// <summary>The SQLite file; relative paths are under the content root. Default <c>data/recoverybot.db</c>.</summary>
    public string SqlitePath { get; set; } = "data/recoverybot.db";
}
