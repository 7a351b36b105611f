using Microsoft.Extensions.Options;
using RecoveryBot.Bot.Auth;
using RecoveryBot.Bot.Storage;
using RecoveryBot.Dialogs.Conversation;

namespace RecoveryBot.Bot.Hosting;

/// <summary>
/// Opens the store and loads the conversation (with its knowledge) at start-up, so a bad path or a broken
/// knowledge folder fails the start, not the first user; and says how the endpoint is protected and where
/// state lives.
/// </summary>
public sealed class StartupReport(
    IStorage storage,
    IRecoveryConversation conversation,
    IOptions<BotIdentityOptions> identity,
    IOptions<StorageOptions> storageOptions,
    ILogger<StartupReport> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        if (identity.Value.IsAnonymous)
        {
            HostLog.AnonymousMode(logger);
        }
        else
        {
            HostLog.AuthenticatedMode(logger, identity.Value.AppTypeName);
            if (!identity.Value.CanRequestTokens)
            {
                HostLog.NoOutboundToken(logger);
            }
        }

        switch (storage)
        {
            case SqliteStorage sqlite:
                HostLog.SqliteStore(logger, sqlite.Path);
                break;
            case RedisStorage:
                HostLog.RedisStore(logger, storageOptions.Value.ExpireAfterDays);
                break;
            default:
                HostLog.MemoryStore(logger);
                break;
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
