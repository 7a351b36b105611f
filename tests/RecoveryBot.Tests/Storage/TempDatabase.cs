namespace RecoveryBot.Tests.Storage;

/// <summary>A fresh folder for an SQLite file, deleted (with the WAL files) on dispose.</summary>
internal sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Folder = Path.Combine(Path.GetTempPath(), "recoverybot-tests", Guid.NewGuid().ToString("N"));
    }

    public string Folder { get; }

    /// <summary>A file in a folder that does not exist yet: the store must create it.</summary>
    public string DatabasePath => Path.Combine(Folder, "nested", "state.db");

    public void Dispose()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
