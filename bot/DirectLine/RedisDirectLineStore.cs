using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using RecoveryBot.Bot.Protocol;
using StackExchange.Redis;

namespace RecoveryBot.Bot.DirectLine;

/// <summary>
/// Direct Line conversations and activity logs in Redis, shared by every bot instance: a client's stream on
/// one instance hears of activities another instance appended. Per conversation, a hash
/// <c>{prefix}v1:dl:conversation:{id}</c> (user, started flag, last sequence, last timestamp, schema) and a
/// sorted set <c>{prefix}v1:dl:log:{id}</c> of activity JSON scored by sequence, trimmed to
/// <c>DirectLine:MaxActivitiesPerConversation</c>. An append is a transaction conditioned on the last
/// sequence, retried when another instance appended first, so ids and timestamps strictly increase; it
/// publishes the conversation id on <c>{prefix}v1:dl:appended</c> after the activities are readable. Both keys
/// expire with the conversation state (<c>Storage:ExpireAfterDays</c> after the last activity).
/// </summary>
public sealed class RedisDirectLineStore : IDirectLineStore, IDisposable
{
    private const string UserField = "userId";
    private const string StartedField = "started";
    private const string SequenceField = "sequence";
    private const string TimestampField = "lastTimestamp";
    private const string SchemaField = "schema";
    private const int Schema = 1;
    private const int MaxAppendAttempts = 50;

    private readonly IConnectionMultiplexer _connection;
    private readonly string _prefix;
    private readonly TimeSpan _expireAfter;
    private readonly IOptions<DirectLineOptions> _options;
    private readonly TimeProvider _timeProvider;
    private readonly RedisChannel _appendedChannel;
    private readonly Dictionary<string, List<Action>> _subscribers = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly Action<RedisChannel, RedisValue> _onAppended;
    private bool _listening;

    public RedisDirectLineStore(IConnectionMultiplexer connection, string keyPrefix, TimeSpan expireAfter, IOptions<DirectLineOptions> options, TimeProvider timeProvider)
    {
        _connection = connection;
        _prefix = keyPrefix + "v1:dl:";
        _expireAfter = expireAfter;
        _options = options;
        _timeProvider = timeProvider;
        _appendedChannel = RedisChannel.Literal(_prefix + "appended");
        _onAppended = (_, message) => Notify(message!);
    }

    public async Task<bool> CreateAsync(DirectLineConversation conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var key = ConversationKey(conversation.Id);
        var transaction = _connection.GetDatabase().CreateTransaction();
        transaction.AddCondition(Condition.KeyNotExists(key));
        _ = transaction.HashSetAsync(key,
        [
            new(UserField, conversation.UserId), new(StartedField, 0), new(SequenceField, 0), new(TimestampField, 0), new(SchemaField, Schema),
        ]);
        _ = transaction.KeyExpireAsync(key, _expireAfter);
        return await transaction.ExecuteAsync();
    }

    public async Task<DirectLineConversation?> GetAsync(string conversationId, CancellationToken cancellationToken)
    {
        var user = await _connection.GetDatabase().HashGetAsync(ConversationKey(conversationId), UserField);
        return user.IsNull ? null : new DirectLineConversation(conversationId, user!);
    }

    public async Task<bool> TryStartAsync(string conversationId, CancellationToken cancellationToken)
    {
        var key = ConversationKey(conversationId);
        var transaction = _connection.GetDatabase().CreateTransaction();
        transaction.AddCondition(Condition.HashEqual(key, StartedField, 0));
        _ = transaction.HashSetAsync(key, StartedField, 1);
        return await transaction.ExecuteAsync();
    }

    public async Task<IReadOnlyList<Activity>?> AppendAsync(string conversationId, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var database = _connection.GetDatabase();
        var conversationKey = ConversationKey(conversationId);
        var logKey = LogKey(conversationId);
        for (var attempt = 1; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var fields = await database.HashGetAsync(conversationKey, [SequenceField, TimestampField]);
            if (fields[0].IsNull)
            {
                return null;
            }

            var sequence = (long)fields[0];
            var lastTimestamp = DateTimeOffset.FromUnixTimeMilliseconds((long)fields[1]);
            var stored = new List<Activity>(activities.Count);
            var entries = new SortedSetEntry[activities.Count];
            var next = sequence;
            foreach (var activity in activities)
            {
                next++;
                lastTimestamp = NextTimestamp(lastTimestamp);
                var stamped = activity with
                {
                    Id = string.Create(CultureInfo.InvariantCulture, $"{conversationId}|{next:D7}"),
                    Timestamp = lastTimestamp,
                };
                entries[stored.Count] = new SortedSetEntry(JsonSerializer.SerializeToUtf8Bytes(stamped, ProtocolJson.Options), next);
                stored.Add(stamped);
            }

            var transaction = database.CreateTransaction();
            transaction.AddCondition(Condition.HashEqual(conversationKey, SequenceField, sequence));
            _ = transaction.HashSetAsync(conversationKey, [new(SequenceField, next), new(TimestampField, lastTimestamp.ToUnixTimeMilliseconds())]);
            _ = transaction.SortedSetAddAsync(logKey, entries);
            _ = transaction.SortedSetRemoveRangeByRankAsync(logKey, 0, -(_options.Value.MaxActivitiesPerConversation + 1));
            _ = transaction.KeyExpireAsync(conversationKey, _expireAfter);
            _ = transaction.KeyExpireAsync(logKey, _expireAfter);
            _ = transaction.PublishAsync(_appendedChannel, conversationId);
            if (await transaction.ExecuteAsync())
            {
                return stored;
            }

            if (attempt == MaxAppendAttempts)
            {
                throw new InvalidOperationException($"Appending to Direct Line conversation '{conversationId}' kept losing to other writers.");
            }
        }
    }

    public async Task<ActivityPage?> ReadAsync(string conversationId, long watermark, CancellationToken cancellationToken)
    {
        // One transaction, so the watermark and the activities are the same moment's.
        var transaction = _connection.GetDatabase().CreateTransaction();
        var sequence = transaction.HashGetAsync(ConversationKey(conversationId), SequenceField);
        var logged = transaction.SortedSetRangeByScoreAsync(LogKey(conversationId), watermark, double.PositiveInfinity, Exclude.Start);
        await transaction.ExecuteAsync();
        if ((await sequence).IsNull)
        {
            return null;
        }

        return new ActivityPage([.. (await logged).Select(json => (ReadOnlyMemory<byte>)(byte[])json!)], (long)await sequence);
    }

    public Task EraseActivitiesAsync(string conversationId, CancellationToken cancellationToken) =>
        _connection.GetDatabase().KeyDeleteAsync(LogKey(conversationId));

    public IDisposable Subscribe(string conversationId, Action appended)
    {
        ArgumentNullException.ThrowIfNull(appended);
        lock (_gate)
        {
            if (!_listening)
            {
                _connection.GetSubscriber().Subscribe(_appendedChannel, _onAppended);
                _listening = true;
            }

            if (!_subscribers.TryGetValue(conversationId, out var list))
            {
                list = [];
                _subscribers[conversationId] = list;
            }

            list.Add(appended);
        }

        return new Subscription(this, conversationId, appended);
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_listening)
            {
                _connection.GetSubscriber().Unsubscribe(_appendedChannel, _onAppended);
                _listening = false;
            }
        }
    }

    // Web Chat orders by timestamp at millisecond resolution: each activity gets a later millisecond than the last.
    private DateTimeOffset NextTimestamp(DateTimeOffset last)
    {
        var now = DateTimeOffset.FromUnixTimeMilliseconds(_timeProvider.GetUtcNow().ToUnixTimeMilliseconds());
        return now > last ? now : last.AddMilliseconds(1);
    }

    private void Notify(string conversationId)
    {
        Action[] subscribers;
        lock (_gate)
        {
            if (!_subscribers.TryGetValue(conversationId, out var list))
            {
                return;
            }

            subscribers = [.. list];
        }

        foreach (var subscriber in subscribers)
        {
            subscriber();
        }
    }

    private void Unsubscribe(string conversationId, Action appended)
    {
        lock (_gate)
        {
            if (_subscribers.TryGetValue(conversationId, out var list) && list.Remove(appended) && list.Count == 0)
            {
                _subscribers.Remove(conversationId);
            }
        }
    }

    private RedisKey ConversationKey(string conversationId) => _prefix + "conversation:" + conversationId;

    private RedisKey LogKey(string conversationId) => _prefix + "log:" + conversationId;

    private sealed class Subscription(RedisDirectLineStore owner, string conversationId, Action appended) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Unsubscribe(conversationId, appended);
            }
        }
    }
}
