using Microsoft.Extensions.DependencyInjection.Extensions;

namespace RecoveryBot.Bot.FollowUps;

public static class FollowUpServiceCollectionExtensions
{
    /// <summary>The longest wait <see cref="Task.Delay(TimeSpan, TimeProvider, CancellationToken)"/> accepts, rounded down (about 23 days).</summary>
    private const double MaxPollIntervalSeconds = 2_000_000;

    /// <summary>
    /// What a turn needs to schedule follow-ups: the <c>FollowUps</c> options, the scheduler, and an in-memory store
    /// unless the storage registration chose one (SQLite or Redis, <c>AddBotStorage</c>).
    /// </summary>
    public static IServiceCollection AddFollowUpScheduling(this IServiceCollection services)
    {
        services.AddOptions<FollowUpOptions>()
            .BindConfiguration(FollowUpOptions.SectionName)
            .Validate(o => o.PollIntervalSeconds is >= 0.05 and <= MaxPollIntervalSeconds, "FollowUps:PollIntervalSeconds must be between 0.05 and 2000000.")
            .Validate(o => o.LeaseSeconds >= 1, "FollowUps:LeaseSeconds must be at least 1.")
            .Validate(o => o.MaxAttempts >= 1, "FollowUps:MaxAttempts must be at least 1.")
            .Validate(o => o.RetryAfterSeconds > 0, "FollowUps:RetryAfterSeconds must be more than 0.")
            .Validate(o => o.BatchSize >= 1, "FollowUps:BatchSize must be at least 1.")
            .ValidateOnStart();
        services.TryAddSingleton<IFollowUpStore, MemoryFollowUpStore>();
        services.AddSingleton<FollowUpScheduler>();
        return services;
    }

    /// <summary>The sending side, for the web host: the Connector route, the sender and the background dispatcher.</summary>
    public static IServiceCollection AddFollowUpDelivery(this IServiceCollection services)
    {
        services.AddSingleton<IFollowUpChannel, ConnectorFollowUpChannel>();
        services.AddSingleton<FollowUpSender>();
        services.AddSingleton<FollowUpDispatcher>();
        services.AddHostedService(provider => provider.GetRequiredService<FollowUpDispatcher>());
        return services;
    }
}
