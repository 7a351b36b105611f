using Microsoft.Extensions.Options;

namespace RecoveryBot.Bot.Auth;

public static class AuthServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="BotIdentityOptions"/> (validated at start-up) and picks both directions: without an
    /// app id, anonymous inbound and no outbound token; with one, Bot Framework token validation inbound and
    /// a client-credentials token outbound.
    /// </summary>
    public static IServiceCollection AddBotAuthentication(this IServiceCollection services)
    {
        services.AddBotIdentity();
        services.AddHttpClient(OpenIdKeySource.HttpClientName).ConfigureHttpClient(client => client.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<BotFrameworkTokenValidator>();
        services.AddSingleton<IRequestAuthenticator>(provider =>
            provider.GetRequiredService<IOptions<BotIdentityOptions>>().Value.IsAnonymous
                ? new AnonymousAuthenticator()
                : provider.GetRequiredService<BotFrameworkTokenValidator>());
        return services;
    }

    /// <summary>The identity options and the outbound token, which every front end that calls a Connector needs.</summary>
    public static IServiceCollection AddBotIdentity(this IServiceCollection services)
    {
        if (services.Any(descriptor => descriptor.ServiceType == typeof(ClientCredentialsTokenProvider)))
        {
            return services;
        }

        services.AddOptions<BotIdentityOptions>().BindConfiguration("").ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotIdentityOptions>, BotIdentityOptionsValidator>();
        services.AddHttpClient(ClientCredentialsTokenProvider.HttpClientName).ConfigureHttpClient(client => client.Timeout = TimeSpan.FromSeconds(15));
        services.AddSingleton<ClientCredentialsTokenProvider>();
        services.AddSingleton<IConnectorTokenProvider>(provider =>
            provider.GetRequiredService<IOptions<BotIdentityOptions>>().Value.IsAnonymous
                ? new NoConnectorToken()
                : provider.GetRequiredService<ClientCredentialsTokenProvider>());
        return services;
    }
}
