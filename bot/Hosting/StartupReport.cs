using Microsoft.Extensions.Options;
using RecoveryBot.Bot.Auth;
using RecoveryBot.Bot.Storage;

namespace RecoveryBot.Bot.Hosting;

/// <summary>
/// Opens the store at start-up (so a bad path fails the start, not the first user) and says how the
/// endpoint is protected and where state lives.
/// </summary>
public sealed class StartupReport(
    IStorage storage,
    IOptions<BotIdentityOptions> identity,
    ILogger<StartupReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (identity.Value.IsAnonymous)
        {
            HostLog.AnonymousMode(logger);
        }
        else
        {
            HostLog.FailClosedMode(logger);
        }

        if (storage is SqliteStorage sqlite)
        {
            HostLog.SqliteStore(logger, sqlite.Path);
        }
        else
        {
            HostLog.MemoryStore(logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
