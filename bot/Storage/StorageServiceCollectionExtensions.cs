using Microsoft.Extensions.Options;

namespace RecoveryBot.Bot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>Binds <see cref="StorageOptions"/> and registers the configured <see cref="IStorage"/> as a singleton.</summary>
    public static IServiceCollection AddBotStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .Validate(o => Enum.IsDefined(o.Kind), "Storage:Kind must be 'sqlite' or 'memory'.")
            .Validate(o => o.Kind != StorageKind.Sqlite || !string.IsNullOrWhiteSpace(o.SqlitePath), "Storage:SqlitePath must not be empty when Storage:Kind is 'sqlite'.")
            .ValidateOnStart();

        services.AddSingleton<IStorage>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
            if (options.Kind == StorageKind.Memory)
            {
                return new MemoryStorage();
            }

            var contentRoot = provider.GetService<IHostEnvironment>()?.ContentRootPath ?? AppContext.BaseDirectory;
            return SqliteStorage.Open(Path.Combine(contentRoot, options.SqlitePath), provider.GetRequiredService<TimeProvider>());
        });
        return services;
    }
}
