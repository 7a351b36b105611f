using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using RecoveryBot.Bot.Protocol;

namespace RecoveryBot.Bot.DirectLine;

/// <summary>
/// Conversations and activity logs in this process's memory, bounded three ways: activities per conversation
/// (the oldest drop out), conversations, and bytes of JSON in all (the least recently active conversations are
/// forgotten; their clients then get 404 and start afresh). Timestamps strictly increase by at least a
/// millisecond within a conversation, because Web Chat orders by timestamp at millisecond resolution.
/// </summary>
public sealed class InMemoryDirectLineStore(
    IOptions<DirectLineOptions> options,
    TimeProvider timeProvider,
    ILogger<InMemoryDirectLineStore> logger) : IDirectLineStore
{
    private readonly Dictionary<string, Entry> _conversations = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _bytes;
    private long _clock;

    /// <summary>Bytes of activity JSON held now.</summary>
    public long Bytes
    {
        get
        {
            lock (_gate)
            {
                return _bytes;
            }
        }
    }

    /// <summary>Conversations held now.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _conversations.Count;
            }
        }
    }

    public Task<bool> CreateAsync(DirectLineConversation conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        List<Action> evictedSubscribers;
        lock (_gate)
        {
            if (_conversations.ContainsKey(conversation.Id))
            {
                return Task.FromResult(false);
            }

            _conversations[conversation.Id] = new Entry(conversation) { LastUsed = ++_clock };
            evictedSubscribers = EvictOverLimits(conversation.Id);
        }

        Notify(evictedSubscribers);
        return Task.FromResult(true);
    }

    public Task<DirectLineConversation?> GetAsync(string conversationId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(Touch(conversationId)?.Conversation);
        }
    }

    public Task<bool> TryStartAsync(string conversationId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var entry = Touch(conversationId);
            if (entry is null || entry.Started)
            {
                return Task.FromResult(false);
            }

            entry.Started = true;
            return Task.FromResult(true);
        }
    }

    public Task<IReadOnlyList<Activity>?> AppendAsync(string conversationId, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var stored = new List<Activity>(activities.Count);
        List<Action> subscribers;
        lock (_gate)
        {
            var entry = Touch(conversationId);
            if (entry is null)
            {
                return Task.FromResult<IReadOnlyList<Activity>?>(null);
            }

            foreach (var activity in activities)
            {
                var stamped = activity with
                {
                    Id = string.Create(CultureInfo.InvariantCulture, $"{conversationId}|{++entry.LastSequence:D7}"),
                    Timestamp = entry.NextTimestamp(timeProvider.GetUtcNow()),
                };
                var json = JsonSerializer.SerializeToUtf8Bytes(stamped, ProtocolJson.Options);
                entry.Log.Enqueue(new Logged(entry.LastSequence, json));
                entry.Bytes += json.Length;
                _bytes += json.Length;
                stored.Add(stamped);
            }

            while (entry.Log.Count > options.Value.MaxActivitiesPerConversation)
            {
                var dropped = entry.Log.Dequeue();
                entry.Bytes -= dropped.Json.Length;
                _bytes -= dropped.Json.Length;
            }

            subscribers = [.. entry.Subscribers, .. EvictOverLimits(conversationId)];
        }

        Notify(subscribers);
        return Task.FromResult<IReadOnlyList<Activity>?>(stored);
    }

    public Task<ActivityPage?> ReadAsync(string conversationId, long watermark, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var entry = Touch(conversationId);
            if (entry is null)
            {
                return Task.FromResult<ActivityPage?>(null);
            }

            var activities = entry.Log.Where(logged => logged.Sequence > watermark).Select(logged => (ReadOnlyMemory<byte>)logged.Json).ToList();
            return Task.FromResult<ActivityPage?>(new ActivityPage(activities, entry.LastSequence));
        }
    }

    public Task EraseActivitiesAsync(string conversationId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_conversations.TryGetValue(conversationId, out var entry))
            {
                _bytes -= entry.Bytes;
                entry.Bytes = 0;
                entry.Log.Clear();
            }
        }

        return Task.CompletedTask;
    }

    public IDisposable Subscribe(string conversationId, Action appended)
    {
        ArgumentNullException.ThrowIfNull(appended);
        lock (_gate)
        {
            if (!_conversations.TryGetValue(conversationId, out var entry))
            {
                return new Subscription(null, appended, _gate);
            }

            entry.Subscribers.Add(appended);
            return new Subscription(entry, appended, _gate);
        }
    }

    private static void Notify(List<Action> subscribers)
    {
        foreach (var subscriber in subscribers)
        {
            subscriber();
        }
    }

    private Entry? Touch(string conversationId)
    {
        if (!_conversations.TryGetValue(conversationId, out var entry))
        {
            return null;
        }

        entry.LastUsed = ++_clock;
        return entry;
    }

    /// <summary>Forgets the least recently used conversations (never <paramref name="keep"/>) until within the limits; returns their subscribers.</summary>
    private List<Action> EvictOverLimits(string keep)
    {
        var subscribers = new List<Action>();
        while ((_conversations.Count > options.Value.MaxConversations || _bytes > options.Value.MaxLogBytes) && _conversations.Count > 1)
        {
            var oldest = _conversations.Values.Where(entry => !string.Equals(entry.Conversation.Id, keep, StringComparison.Ordinal)).MinBy(entry => entry.LastUsed)!;
            _conversations.Remove(oldest.Conversation.Id);
            _bytes -= oldest.Bytes;
            subscribers.AddRange(oldest.Subscribers);
            DirectLineLog.ConversationForgotten(logger, oldest.Conversation.Id, _conversations.Count, _bytes);
        }

        return subscribers;
    }

    private sealed record Logged(long Sequence, byte[] Json);

    private sealed class Entry(DirectLineConversation conversation)
    {
        private DateTimeOffset _lastTimestamp = DateTimeOffset.MinValue;

        public DirectLineConversation Conversation { get; } = conversation;

        public bool Started { get; set; }

        public long LastSequence { get; set; }

        public long LastUsed { get; set; }

        public long Bytes { get; set; }

        public Queue<Logged> Log { get; } = new();

        public List<Action> Subscribers { get; } = [];

        public DateTimeOffset NextTimestamp(DateTimeOffset now)
        {
            var milliseconds = DateTimeOffset.FromUnixTimeMilliseconds(now.ToUnixTimeMilliseconds());
            _lastTimestamp = milliseconds > _lastTimestamp ? milliseconds : _lastTimestamp.AddMilliseconds(1);
            return _lastTimestamp;
        }
    }

    private sealed class Subscription(Entry? entry, Action appended, Lock gate) : IDisposable
    {
        public void Dispose()
        {
            if (entry is null)
            {
                return;
            }

            lock (gate)
            {
                entry.Subscribers.Remove(appended);
            }
        }
    }
}
