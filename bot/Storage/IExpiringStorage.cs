namespace RecoveryBot.Bot.Storage;

/// <summary>A store whose expired state stays on disk until it is swept (Redis expires keys by itself).</summary>
public interface IExpiringStorage
{
    /// <summary>Deletes state older than the expiry period; answers how many keys went.</summary>
    Task<int> DeleteExpiredAsync(CancellationToken cancellationToken = default);
}
