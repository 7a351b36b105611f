using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using RecoveryBot.Bot.Hosting;

namespace RecoveryBot.Bot.Endpoints;

/// <summary>
/// A token bucket per conversation (<c>Bot:RateLimitBurst</c> tokens, refilled at
/// <c>Bot:RateLimitPerMinute</c>): a person typing never meets it, a script flooding one conversation does.
/// Kept in this process: behind a load balancer each instance allows the rate on its own. Buckets that
/// have filled up again are forgotten when many conversations are tracked, so random conversation ids
/// cannot grow memory without bound.
/// </summary>
public sealed class ConversationRateLimiter(IOptions<BotHostOptions> options, TimeProvider timeProvider)
{
    public const int MaxTrackedConversations = 50_000;

    private readonly ConcurrentDictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);
    private readonly Lock _pruneGate = new();

    /// <summary><see langword="null"/> when the conversation may go on, else how long it should wait.</summary>
    public TimeSpan? TryAcquire(string conversationKey)
    {
        var now = timeProvider.GetUtcNow();
        var burst = options.Value.RateLimitBurst;
        var perMinute = options.Value.RateLimitPerMinute;
        if (_buckets.Count >= MaxTrackedConversations)
        {
            Prune(now, burst, perMinute);
        }

        var bucket = _buckets.GetOrAdd(conversationKey, _ => new Bucket(burst, now));
        return bucket.TryTake(now, burst, perMinute);
    }

    private void Prune(DateTimeOffset now, int burst, int perMinute)
    {
        lock (_pruneGate)
        {
            foreach (var (key, bucket) in _buckets)
            {
                if (bucket.IsFull(now, burst, perMinute))
                {
                    _buckets.TryRemove(key, out _);
                }
            }
        }
    }

    private sealed class Bucket(int tokens, DateTimeOffset at)
    {
        private readonly Lock _gate = new();
        private double _tokens = tokens;
        private DateTimeOffset _at = at;

        public TimeSpan? TryTake(DateTimeOffset now, int burst, int perMinute)
        {
            lock (_gate)
            {
                Refill(now, burst, perMinute);
                if (_tokens >= 1)
                {
                    _tokens -= 1;
                    return null;
                }

                return TimeSpan.FromMinutes((1 - _tokens) / perMinute);
            }
        }

        public bool IsFull(DateTimeOffset now, int burst, int perMinute)
        {
            lock (_gate)
            {
                Refill(now, burst, perMinute);
                return _tokens >= burst;
            }
        }

        private void Refill(DateTimeOffset now, int burst, int perMinute)
        {
            if (now > _at)
            {
                _tokens = Math.Min(burst, _tokens + ((now - _at).TotalMinutes * perMinute));
                _at = now;
            }
        }
    }
}
