using Microsoft.Extensions.DependencyInjection.Extensions;
using RecoveryBot.Bot.Operations;
using RecoveryBot.Bot.Turns;

namespace RecoveryBot.Bot.Hosting;

public static class TurnPipelineServiceCollectionExtensions
{
    /// <summary>
    /// What every front end (HTTP, terminal) needs to run turns: options, the clock, the per-conversation
    /// lock and the <see cref="TurnRunner"/>. Storage and the conversation are registered separately.
    /// </summary>
    public static IServiceCollection AddTurnPipeline(this IServiceCollection services)
    {
        services.AddOptions<BotHostOptions>()
            .BindConfiguration(BotHostOptions.SectionName)
            .Validate(o => o.MaxRequestBodyBytes >= 1024, "Bot:MaxRequestBodyBytes must be at least 1024.")
            .Validate(o => o.MaxTextLength >= 1, "Bot:MaxTextLength must be at least 1.")
            .Validate(o => o.MaxTurnAttempts >= 1, "Bot:MaxTurnAttempts must be at least 1.")
            .Validate(o => o.ConnectorTimeoutSeconds >= 1, "Bot:ConnectorTimeoutSeconds must be at least 1.")
            .Validate(o => o.RateLimitBurst >= 1, "Bot:RateLimitBurst must be at least 1.")
            .Validate(o => o.RateLimitPerMinute >= 1, "Bot:RateLimitPerMinute must be at least 1.")
            .Validate(o => o.ShutdownTimeoutSeconds >= 1, "Bot:ShutdownTimeoutSeconds must be at least 1.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.TryAddSingleton<BotMetrics>();
        services.TryAddSingleton<TurnsInFlight>();
        services.AddSingleton<KeyedAsyncLock>();
        services.AddSingleton<TurnRunner>();
        return services;
    }
}
