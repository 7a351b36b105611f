using StackExchange.Redis;

namespace RecoveryBot.Bot.FollowUps;

/// <summary>
/// Follow-ups on the Redis server every instance shares, under <c>{prefix}v1:fu:</c>: a hash per follow-up
/// (<c>item:{id}</c> with <c>body</c>, <c>stateKey</c>, <c>attempts</c>, <c>owner</c>), one sorted set of all ids
/// scored by when each can next be claimed (<c>due</c>: its due time, a retry time or the end of a lease), and a
/// set of ids per conversation (<c>conversation:{stateKey}</c>). Every change is one Lua script, so a claim moves
/// the score past the lease and bumps the attempts in one step that no other instance can interleave with.
/// </summary>
public sealed class RedisFollowUpStore(IConnectionMultiplexer connection, string keyPrefix, TimeSpan expireAfter) : IFollowUpStore
{
    // KEYS: due set, conversation set. ARGV: item key prefix, ttl ms, state key, then (id, body, due ms) per wanted follow-up.
    private const string ReplaceScript = """
        local wanted = {}
        for i = 4, #ARGV, 3 do wanted[ARGV[i]] = true end
        for _, id in ipairs(redis.call('SMEMBERS', KEYS[2])) do
          if not wanted[id] then
            redis.call('DEL', ARGV[1] .. id)
            redis.call('ZREM', KEYS[1], id)
            redis.call('SREM', KEYS[2], id)
          end
        end
        for i = 4, #ARGV, 3 do
          local key = ARGV[1] .. ARGV[i]
          if redis.call('EXISTS', key) == 0 then
            redis.call('HSET', key, 'body', ARGV[i + 1], 'stateKey', ARGV[3], 'attempts', 0)
            redis.call('PEXPIRE', key, ARGV[2])
            redis.call('ZADD', KEYS[1], ARGV[i + 2], ARGV[i])
            redis.call('SADD', KEYS[2], ARGV[i])
          end
        end
        if redis.call('SCARD', KEYS[2]) > 0 then redis.call('PEXPIRE', KEYS[2], ARGV[2]) end
        return 0
        """;

    // KEYS: due set. ARGV: now ms, lease-until ms, max, item key prefix, owner. Answers id, body, attempts per claim.
    private const string ClaimScript = """
        local ids = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[3]))
        local claimed = {}
        for _, id in ipairs(ids) do
          local key = ARGV[4] .. id
          local body = redis.call('HGET', key, 'body')
          if body then
            redis.call('ZADD', KEYS[1], ARGV[2], id)
            local attempts = redis.call('HINCRBY', key, 'attempts', 1)
            redis.call('HSET', key, 'owner', ARGV[5])
            table.insert(claimed, body)
            table.insert(claimed, attempts)
          else
            redis.call('ZREM', KEYS[1], id)
          end
        end
        return claimed
        """;

    // KEYS: due set, item, conversation set. ARGV: id.
    private const string CompleteScript = """
        redis.call('DEL', KEYS[2])
        redis.call('ZREM', KEYS[1], ARGV[1])
        redis.call('SREM', KEYS[3], ARGV[1])
        return 0
        """;

    // KEYS: due set, item. ARGV: id, at ms.
    private const string RetryScript = """
        if redis.call('EXISTS', KEYS[2]) == 1 then
          redis.call('ZADD', KEYS[1], ARGV[2], ARGV[1])
          redis.call('HDEL', KEYS[2], 'owner')
        end
        return 0
        """;

    private string Prefix => keyPrefix + "v1:fu:";

    private RedisKey DueKey => Prefix + "due";

    /// <summary>The hash of one follow-up (tests look at its <c>owner</c> to see who holds the lease).</summary>
    public static string ItemKey(string keyPrefix, string id) => keyPrefix + "v1:fu:item:" + id;

    public async Task ReplaceAsync(string stateKey, IReadOnlyList<FollowUp> wanted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        var arguments = new List<RedisValue> { Prefix + "item:", (long)expireAfter.TotalMilliseconds, stateKey };
        foreach (var followUp in wanted)
        {
            arguments.Add(followUp.Id);
            arguments.Add(FollowUpRecord.Serialize(followUp));
            arguments.Add(FollowUpRecord.Milliseconds(followUp.Due));
        }

        await connection.GetDatabase().ScriptEvaluateAsync(ReplaceScript, [DueKey, ConversationKey(stateKey)], [.. arguments]);
    }

    public Task CancelAsync(string stateKey, CancellationToken cancellationToken) => ReplaceAsync(stateKey, [], cancellationToken);

    public async Task<IReadOnlyList<FollowUp>> PendingAsync(string stateKey, CancellationToken cancellationToken)
    {
        var database = connection.GetDatabase();
        var found = new List<FollowUp>();
        foreach (var id in await database.SetMembersAsync(ConversationKey(stateKey)))
        {
            var fields = await database.HashGetAsync(Prefix + "item:" + id, ["body", "attempts"]);
            if (!fields[0].IsNull)
            {
                found.Add(FollowUpRecord.Deserialize(fields[0]!, (int)fields[1]));
            }
        }

        return [.. found.OrderBy(f => f.Due)];
    }

    public async Task<IReadOnlyList<FollowUp>> ClaimDueAsync(DateTimeOffset now, TimeSpan lease, int max, string owner, CancellationToken cancellationToken)
    {
        var result = (RedisResult[]?)await connection.GetDatabase().ScriptEvaluateAsync(
            ClaimScript,
            [DueKey],
            [FollowUpRecord.Milliseconds(now), FollowUpRecord.Milliseconds(now + lease), max, Prefix + "item:", owner]);
        var claimed = new List<FollowUp>();
        for (var i = 0; result is not null && i + 1 < result.Length; i += 2)
        {
            claimed.Add(FollowUpRecord.Deserialize((string)result[i]!, (int)result[i + 1]));
        }

        return claimed;
    }

    public async Task CompleteAsync(FollowUp followUp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(followUp);
        await connection.GetDatabase().ScriptEvaluateAsync(
            CompleteScript,
            [DueKey, ItemKey(keyPrefix, followUp.Id), ConversationKey(followUp.StateKey)],
            [followUp.Id]);
    }

    public async Task RetryAtAsync(FollowUp followUp, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(followUp);
        await connection.GetDatabase().ScriptEvaluateAsync(
            RetryScript,
            [DueKey, ItemKey(keyPrefix, followUp.Id)],
            [followUp.Id, FollowUpRecord.Milliseconds(at)]);
    }

    private RedisKey ConversationKey(string stateKey) => Prefix + "conversation:" + stateKey;
}
