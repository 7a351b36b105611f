namespace RecoveryBot.Bot.Storage;

/// <summary>
/// Key/value storage with optimistic concurrency, shaped like Bot Builder's <c>IStorage</c>. Keys are
/// compared ordinally. A write of several keys succeeds or fails as a whole.
/// </summary>
public interface IStorage
{
    /// <summary>Reads the given keys; keys that do not exist are absent from the result.</summary>
    Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);

    /// <summary>Writes every change under its eTag condition (see <see cref="StoreItem"/>) and returns the new eTags.</summary>
    /// <exception cref="StorageConflictException">A condition did not hold; nothing was written.</exception>
    Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default);

    /// <summary>Deletes the given keys; missing keys are ignored.</summary>
    Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);
}
