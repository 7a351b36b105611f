using Microsoft.Extensions.Options;

namespace RecoveryBot.Bot.FollowUps;

/// <summary>
/// The background loop that writes first: every <see cref="FollowUpOptions.PollInterval"/> (on the injected clock)
/// it claims the follow-ups that are due, with a lease, and sends them one by one. Several instances may run it
/// on one store: a claim is atomic, and a follow-up whose claimer died is claimed again when its lease ends.
/// </summary>
public sealed class FollowUpDispatcher(
    IFollowUpStore store,
    FollowUpSender sender,
    IOptions<FollowUpOptions> options,
    TimeProvider timeProvider,
    ILogger<FollowUpDispatcher> logger) : BackgroundService
{
    /// <summary>Who holds a lease: this process on this machine.</summary>
    public static string Owner { get; } = $"{Environment.MachineName}/{Environment.ProcessId}";

    /// <summary>Claims the follow-ups due now and sends them; answers how many were claimed.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var claimed = await store.ClaimDueAsync(timeProvider.GetUtcNow(), settings.Lease, settings.BatchSize, Owner, cancellationToken);
        foreach (var followUp in claimed)
        {
            await sender.SendAsync(followUp, cancellationToken);
        }

        return claimed.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        FollowUpLog.Started(logger, Owner, options.Value.PollIntervalSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await DispatchDueAsync(stoppingToken);
                await Task.Delay(options.Value.PollInterval, timeProvider, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                FollowUpLog.PollFailed(logger, exception);
                await Task.Delay(options.Value.PollInterval, timeProvider, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }
}
