using Microsoft.Extensions.Options;

namespace RecoveryBot.Bot.Auth;

public static class AuthServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="BotIdentityOptions"/> from the configuration root and picks the authenticator:
    /// anonymous without an app id, otherwise the token validator (which refuses everything until it exists).
    /// </summary>
    public static IServiceCollection AddBotAuthentication(this IServiceCollection services)
    {
        services.AddOptions<BotIdentityOptions>().BindConfiguration("");
        services.AddSingleton<IRequestAuthenticator>(provider =>
            provider.GetRequiredService<IOptions<BotIdentityOptions>>().Value.IsAnonymous
                ? new AnonymousAuthenticator()
                : new UnavailableTokenValidator());
        return services;
    }
}
