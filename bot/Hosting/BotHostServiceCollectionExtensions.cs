using Microsoft.Extensions.Options;
using RecoveryBot.Bot.Auth;
using RecoveryBot.Bot.Connector;
using RecoveryBot.Bot.Endpoints;
using RecoveryBot.Bot.FollowUps;
using RecoveryBot.Bot.Operations;
using RecoveryBot.Bot.Storage;
using RecoveryBot.Bot.Turns;

namespace RecoveryBot.Bot.Hosting;

public static class BotHostServiceCollectionExtensions
{
    /// <summary>The HTTP bot: turn pipeline, configured storage, follow-ups, authentication, Connector client, endpoint.</summary>
    public static IServiceCollection AddRecoveryBotHost(this IServiceCollection services)
    {
        services.AddActivityProcessing();
        services.AddBotStorage();
        services.AddFollowUpDelivery();
        services.AddBotAuthentication();
        services.AddSingleton<MessagesEndpoint>();
        services.AddSingleton<ConversationRateLimiter>();
        services.AddSingleton<Readiness>();
        services.AddHostedService<StartupReport>();
        services.AddHostedService<GracefulShutdown>();
        services.AddOptions<HostOptions>().Configure<IOptions<BotHostOptions>>((host, bot) =>
            host.ShutdownTimeout = TimeSpan.FromSeconds(bot.Value.ShutdownTimeoutSeconds));
        return services;
    }

    /// <summary>
    /// Activity in, activities out, without HTTP on the inbound side: the turn pipeline, the Connector
    /// client and the <see cref="ActivityProcessor"/>. Storage is registered separately.
    /// </summary>
    public static IServiceCollection AddActivityProcessing(this IServiceCollection services)
    {
        services.AddTurnPipeline();
        services.AddBotIdentity();
        services.AddHttpClient(ConnectorClient.HttpClientName)
            .ConfigureHttpClient((provider, client) =>
            {
                client.Timeout = TimeSpan.FromSeconds(provider.GetRequiredService<IOptions<BotHostOptions>>().Value.ConnectorTimeoutSeconds);
                client.DefaultRequestHeaders.UserAgent.ParseAdd("RecoveryBot/1.0 Microsoft-BotFramework/3.1");
            });
        services.AddSingleton<ConnectorClient>();
        services.AddFollowUpScheduling();
        services.AddSingleton<ActivityProcessor>();
        return services;
    }
}
