using System.Globalization;
using StackExchange.Redis;

namespace RecoveryBot.Bot.Storage;

/// <summary>
/// Storage on a Redis server shared by every bot instance (layout in <see cref="RedisKeyLayout"/>). Each
/// write is one Lua script: it checks every key's eTag condition first and writes only if all hold, so a
/// multi-key write succeeds or fails whole and two instances can never both win a compare-and-swap.
/// Every write sets the key's time to live, so state expires a fixed time after its last change.
/// </summary>
public sealed class RedisStorage : IStorage, IDisposable
{
    // ARGV: ttl in ms, updatedAt, schema version, then per key: condition, expected eTag, value, new eTag.
    // Answers 0 when written, else the 1-based index of the first key whose condition failed.
    private const string WriteScript = """
        for i, key in ipairs(KEYS) do
          local at = 3 + (i - 1) * 4
          local condition = ARGV[at + 1]
          local current = redis.call('HGET', key, 'etag')
          if condition == 'create' and current then return i end
          if condition == 'match' and current ~= ARGV[at + 2] then return i end
        end
        for i, key in ipairs(KEYS) do
          local at = 3 + (i - 1) * 4
          redis.call('HSET', key, 'value', ARGV[at + 3], 'etag', ARGV[at + 4], 'schema', ARGV[3], 'updatedAt', ARGV[2])
          redis.call('PEXPIRE', key, ARGV[1])
        end
        return 0
        """;

    private static readonly RedisValue[] ReadFields = [RedisKeyLayout.ValueField, RedisKeyLayout.ETagField, RedisKeyLayout.SchemaField];

    private readonly IConnectionMultiplexer _connection;
    private readonly bool _ownsConnection;
    private readonly string _prefix;
    private readonly TimeSpan _expireAfter;
    private readonly TimeProvider _timeProvider;

    public RedisStorage(IConnectionMultiplexer connection, string keyPrefix, TimeSpan expireAfter, TimeProvider timeProvider, bool ownsConnection = false)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(keyPrefix);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(expireAfter, TimeSpan.Zero);
        _connection = connection;
        _ownsConnection = ownsConnection;
        _prefix = keyPrefix;
        _expireAfter = expireAfter;
        _timeProvider = timeProvider;
    }

    public async Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        cancellationToken.ThrowIfCancellationRequested();
        var database = _connection.GetDatabase();
        var distinct = keys.Distinct(StringComparer.Ordinal).ToArray();
        var reads = distinct.Select(key => database.HashGetAsync(RedisKeyLayout.StateKey(_prefix, key), ReadFields)).ToArray();
        var values = await Task.WhenAll(reads);

        var found = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
        for (var index = 0; index < distinct.Length; index++)
        {
            var fields = values[index];
            if (fields[0].IsNull || fields[1].IsNull)
            {
                continue;
            }

            if (fields[2].IsNull || (int)fields[2] > RedisKeyLayout.Version)
            {
                throw new InvalidOperationException($"'{distinct[index]}' was written in a newer storage layout than v{RedisKeyLayout.Version}; upgrade this bot.");
            }

            found[distinct[index]] = new StoreItem(fields[0]!, fields[1]!);
        }

        return found;
    }

    public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        cancellationToken.ThrowIfCancellationRequested();
        var newETags = new Dictionary<string, string>(StringComparer.Ordinal);
        if (changes.Count == 0)
        {
            return newETags;
        }

        var entries = changes.ToArray();
        var redisKeys = new RedisKey[entries.Length];
        var arguments = new List<RedisValue>(3 + (entries.Length * 4))
        {
            (long)_expireAfter.TotalMilliseconds,
            _timeProvider.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
            RedisKeyLayout.Version,
        };
        for (var index = 0; index < entries.Length; index++)
        {
            var (key, item) = entries[index];
            var condition = WriteConditions.Of(item);
            var newETag = Guid.NewGuid().ToString("N");
            redisKeys[index] = RedisKeyLayout.StateKey(_prefix, key);
            arguments.Add(condition switch
            {
                WriteCondition.CreateOnly => "create",
                WriteCondition.MatchETag => "match",
                _ => "any",
            });
            arguments.Add(item.ETag ?? "");
            arguments.Add(item.Value);
            arguments.Add(newETag);
            newETags[key] = newETag;
        }

        var result = (int)await _connection.GetDatabase().ScriptEvaluateAsync(WriteScript, redisKeys, [.. arguments]);
        if (result != 0)
        {
            var (key, item) = entries[result - 1];
            throw StorageConflictException.For(key, item.ETag);
        }

        return newETags;
    }

    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        cancellationToken.ThrowIfCancellationRequested();
        if (keys.Count > 0)
        {
            await _connection.GetDatabase().KeyDeleteAsync([.. keys.Select(key => (RedisKey)RedisKeyLayout.StateKey(_prefix, key))]);
        }
    }

    /// <summary>Seconds left before <paramref name="key"/> expires, or <see langword="null"/> when it does not exist.</summary>
    public async Task<TimeSpan?> TimeToLiveAsync(string key) =>
        await _connection.GetDatabase().KeyTimeToLiveAsync(RedisKeyLayout.StateKey(_prefix, key));

    public void Dispose()
    {
        if (_ownsConnection)
        {
            _connection.Dispose();
        }
    }
}
