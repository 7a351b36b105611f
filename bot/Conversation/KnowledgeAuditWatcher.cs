using RecoveryBot.Bot.Hosting;

namespace RecoveryBot.Bot.Conversation;

/// <summary>
/// Waits for the background audit for known wrong claims; if any text of the knowledge repeats one, the
/// bot must not go on saying it: every finding is logged with its file and line and the bot stops.
/// </summary>
public sealed class KnowledgeAuditWatcher(LoadedKnowledge loaded, IHostApplicationLifetime lifetime, ILogger<KnowledgeAuditWatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var errors = await loaded.WrongClaimAudit.WaitAsync(stoppingToken);
        if (errors.Count == 0)
        {
            return;
        }

        foreach (var error in errors)
        {
            HostLog.KnowledgeRepeatsWrongClaim(logger, error.ToString());
        }

        lifetime.StopApplication();
    }
}
