using RecoveryBot.Bot.Protocol;

namespace RecoveryBot.Bot.Auth;

/// <summary>
/// Stands where Bot Framework token validation belongs while it is not implemented: with an app id
/// configured, accepting unverified requests would be worse than refusing them, so every request fails.
/// </summary>
public sealed class UnavailableTokenValidator : IRequestAuthenticator
{
    public Task<AuthenticationOutcome> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(AuthenticationOutcome.Rejected("MicrosoftAppId is set but token validation is not implemented"));
}
