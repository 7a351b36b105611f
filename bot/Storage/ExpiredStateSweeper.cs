using RecoveryBot.Bot.Hosting;

namespace RecoveryBot.Bot.Storage;

/// <summary>
/// Deletes expired conversation state at start-up and then every <see cref="Interval"/>, for stores that do
/// not expire keys by themselves (<see cref="IExpiringStorage"/>). Reads already ignore expired state; the
/// sweep is what makes it leave the disk.
/// </summary>
public sealed class ExpiredStateSweeper(IStorage storage, TimeProvider timeProvider, ILogger<ExpiredStateSweeper> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (storage is not IExpiringStorage expiring)
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval, timeProvider);
        do
        {
            try
            {
                var deleted = await expiring.DeleteExpiredAsync(stoppingToken);
                if (deleted > 0)
                {
                    HostLog.ExpiredStateDeleted(logger, deleted);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                HostLog.ExpirySweepFailed(logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
