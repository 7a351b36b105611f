namespace RecoveryBot.Bot.FollowUps;

/// <summary>Follow-ups in this process's memory: for tests and for <c>Storage:Kind=memory</c>.</summary>
public sealed class MemoryFollowUpStore : IFollowUpStore
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public Task ReplaceAsync(string stateKey, IReadOnlyList<FollowUp> wanted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        lock (_gate)
        {
            var ids = wanted.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var stale in _entries.Values.Where(e => e.FollowUp.StateKey == stateKey && !ids.Contains(e.FollowUp.Id)).ToList())
            {
                _entries.Remove(stale.FollowUp.Id);
            }

            foreach (var followUp in wanted.Where(f => !_entries.ContainsKey(f.Id)))
            {
                _entries[followUp.Id] = new Entry(followUp with { Attempts = 0 }, followUp.Due);
            }
        }

        return Task.CompletedTask;
    }

    public Task CancelAsync(string stateKey, CancellationToken cancellationToken) => ReplaceAsync(stateKey, [], cancellationToken);

    public Task<IReadOnlyList<FollowUp>> PendingAsync(string stateKey, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<FollowUp> pending = [.. _entries.Values.Where(e => e.FollowUp.StateKey == stateKey).Select(e => e.FollowUp).OrderBy(f => f.Due)];
            return Task.FromResult(pending);
        }
    }

    public Task<IReadOnlyList<FollowUp>> ClaimDueAsync(DateTimeOffset now, TimeSpan lease, int max, string owner, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var claimed = _entries.Values.Where(e => e.AvailableAt <= now).OrderBy(e => e.AvailableAt).Take(max).ToList();
            foreach (var entry in claimed)
            {
                _entries[entry.FollowUp.Id] = new Entry(entry.FollowUp with { Attempts = entry.FollowUp.Attempts + 1 }, now + lease);
            }

            IReadOnlyList<FollowUp> result = [.. claimed.Select(e => _entries[e.FollowUp.Id].FollowUp)];
            return Task.FromResult(result);
        }
    }

    public Task CompleteAsync(FollowUp followUp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(followUp);
        lock (_gate)
        {
            _entries.Remove(followUp.Id);
        }

        return Task.CompletedTask;
    }

    public Task RetryAtAsync(FollowUp followUp, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(followUp);
        lock (_gate)
        {
            if (_entries.TryGetValue(followUp.Id, out var entry))
            {
                _entries[followUp.Id] = entry with { AvailableAt = at };
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>A follow-up and the moment it can next be claimed (its due time, a retry time, or the end of a lease).</summary>
    private sealed record Entry(FollowUp FollowUp, DateTimeOffset AvailableAt);
}
