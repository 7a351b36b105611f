namespace RecoveryBot.Bot.Storage;

/// <summary>In-process storage for tests and the terminal chat. Thread-safe; contents die with the process.</summary>
public sealed class MemoryStorage : IStorage
{
    private readonly Dictionary<string, StoreItem> _items = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _lastETag;

    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var found = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
        lock (_gate)
        {
            foreach (var key in keys)
            {
                if (_items.TryGetValue(key, out var item))
                {
                    found[key] = item;
                }
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, StoreItem>>(found);
    }

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var newETags = new Dictionary<string, string>(StringComparer.Ordinal);
        lock (_gate)
        {
            foreach (var (key, item) in changes)
            {
                ThrowIfConditionFails(key, item);
            }

            foreach (var (key, item) in changes)
            {
                var eTag = (++_lastETag).ToString(System.Globalization.CultureInfo.InvariantCulture);
                _items[key] = new StoreItem(item.Value, eTag);
                newETags[key] = eTag;
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, string>>(newETags);
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        lock (_gate)
        {
            foreach (var key in keys)
            {
                _items.Remove(key);
            }
        }

        return Task.CompletedTask;
    }

    private void ThrowIfConditionFails(string key, StoreItem item)
    {
        var exists = _items.TryGetValue(key, out var stored);
        var holds = WriteConditions.Of(item) switch
        {
            WriteCondition.Unconditional => true,
            WriteCondition.CreateOnly => !exists,
            _ => exists && string.Equals(stored!.ETag, item.ETag, StringComparison.Ordinal),
        };
        if (!holds)
        {
            throw StorageConflictException.For(key, item.ETag);
        }
    }
}
