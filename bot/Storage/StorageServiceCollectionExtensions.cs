using Microsoft.Extensions.Options;
using RecoveryBot.Bot.DirectLine;
using RecoveryBot.Bot.FollowUps;
using StackExchange.Redis;

namespace RecoveryBot.Bot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="StorageOptions"/> and registers the configured <see cref="IStorage"/> as a singleton,
    /// plus the sweep that deletes expired state from stores that keep it on disk. Everything else that
    /// several instances must share follows the same choice: with <c>redis</c> the Direct Line conversations
    /// and activity logs live in Redis too, and follow-ups live beside the state (the SQLite file, Redis or memory) (registered before <c>AddDirectLine</c>, whose in-memory store is
    /// only a fallback); otherwise they stay in this process.
    /// </summary>
    public static IServiceCollection AddBotStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .Validate(o => Enum.IsDefined(o.Kind), "Storage:Kind must be 'sqlite', 'redis' or 'memory'.")
            .Validate(o => o.Kind != StorageKind.Sqlite || !string.IsNullOrWhiteSpace(o.SqlitePath), "Storage:SqlitePath must not be empty when Storage:Kind is 'sqlite'.")
            .Validate(o => o.Kind != StorageKind.Redis || !string.IsNullOrWhiteSpace(o.Redis), "Storage:Redis must be a connection string when Storage:Kind is 'redis'.")
            .Validate(o => o.ExpireAfterDays >= 1, "Storage:ExpireAfterDays must be at least 1.")
            .ValidateOnStart();

        // Only resolved for Storage:Kind=redis. The bot starts while Redis is down; /readyz says so.
        services.AddSingleton<IConnectionMultiplexer>(provider =>
        {
            var configuration = ConfigurationOptions.Parse(provider.GetRequiredService<IOptions<StorageOptions>>().Value.Redis);
            configuration.AbortOnConnectFail = false;
            return ConnectionMultiplexer.Connect(configuration);
        });
        services.AddSingleton<IDirectLineStore>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
            return options.Kind == StorageKind.Redis
                ? new RedisDirectLineStore(
                    provider.GetRequiredService<IConnectionMultiplexer>(),
                    options.RedisKeyPrefix,
                    options.ExpireAfter,
                    provider.GetRequiredService<IOptions<DirectLineOptions>>(),
                    provider.GetRequiredService<TimeProvider>())
                : ActivatorUtilities.CreateInstance<InMemoryDirectLineStore>(provider);
        });

        services.AddSingleton<IStorage>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
            var timeProvider = provider.GetRequiredService<TimeProvider>();
            switch (options.Kind)
            {
                case StorageKind.Memory:
                    return new MemoryStorage();
                case StorageKind.Redis:
                    return new RedisStorage(provider.GetRequiredService<IConnectionMultiplexer>(), options.RedisKeyPrefix, options.ExpireAfter, timeProvider);
                default:
                    var contentRoot = provider.GetService<IHostEnvironment>()?.ContentRootPath ?? AppContext.BaseDirectory;
                    return SqliteStorage.Open(Path.Combine(contentRoot, options.SqlitePath), timeProvider, options.ExpireAfter);
            }
        });
        services.AddSingleton<IFollowUpStore>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
            switch (options.Kind)
            {
                case StorageKind.Memory:
                    return new MemoryFollowUpStore();
                case StorageKind.Redis:
                    return new RedisFollowUpStore(provider.GetRequiredService<IConnectionMultiplexer>(), options.RedisKeyPrefix, options.ExpireAfter);
                default:
                    var contentRoot = provider.GetService<IHostEnvironment>()?.ContentRootPath ?? AppContext.BaseDirectory;
                    return SqliteFollowUpStore.Open(Path.Combine(contentRoot, options.SqlitePath));
            }
        });
        services.AddHostedService<ExpiredStateSweeper>();
        return services;
    }
}
