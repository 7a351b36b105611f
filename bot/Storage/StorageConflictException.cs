namespace RecoveryBot.Bot.Storage;

/// <summary>A write's eTag condition did not hold: someone else changed (or created, or deleted) the key first.</summary>
public sealed class StorageConflictException : Exception
{
    public StorageConflictException()
    {
    }

    public StorageConflictException(string message)
        : base(message)
    {
    }

    public StorageConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The key whose condition failed.</summary>
    public string? Key { get; init; }

    public static StorageConflictException For(string key, string? expectedETag) =>
        new(expectedETag is null
            ? $"eTag conflict on '{key}': create-only write, but the key exists."
            : $"eTag conflict on '{key}': the stored version is not '{expectedETag}'.")
        {
            Key = key,
        };
}
