namespace RecoveryBot.Bot.FollowUps;

/// <summary>
/// Where follow-ups wait until they are due; shared by every bot instance (SQLite file or Redis). A follow-up is
/// claimed with a lease: one caller gets it, and nobody else until the lease ends, so an instance that dies after
/// claiming leaves it to be claimed again later.
/// </summary>
public interface IFollowUpStore
{
    /// <summary>
    /// Makes <paramref name="wanted"/> the conversation's follow-ups: others of the conversation are cancelled, new
    /// ones added, ones already there kept as they are (with their attempts and lease).
    /// </summary>
    Task ReplaceAsync(string stateKey, IReadOnlyList<FollowUp> wanted, CancellationToken cancellationToken);

    /// <summary>Cancels every follow-up of the conversation.</summary>
    Task CancelAsync(string stateKey, CancellationToken cancellationToken);

    /// <summary>The conversation's follow-ups, earliest first.</summary>
    Task<IReadOnlyList<FollowUp>> PendingAsync(string stateKey, CancellationToken cancellationToken);

    /// <summary>
    /// Atomically claims up to <paramref name="max"/> follow-ups that are due and not leased: each is leased until
    /// <paramref name="now"/> + <paramref name="lease"/> to <paramref name="owner"/>, and its attempts go up by one.
    /// </summary>
    Task<IReadOnlyList<FollowUp>> ClaimDueAsync(DateTimeOffset now, TimeSpan lease, int max, string owner, CancellationToken cancellationToken);

    /// <summary>Removes a follow-up that was sent or dropped.</summary>
    Task CompleteAsync(FollowUp followUp, CancellationToken cancellationToken);

    /// <summary>Ends the lease and makes the follow-up claimable again at <paramref name="at"/>.</summary>
    Task RetryAtAsync(FollowUp followUp, DateTimeOffset at, CancellationToken cancellationToken);
}
