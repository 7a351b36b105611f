using RecoveryBot.Bot.Protocol;

namespace RecoveryBot.Bot.Auth;

/// <summary>
/// Accepts every request, as the SDK does when the bot has no app id (the Emulator on localhost). Only
/// used while <c>MicrosoftAppId</c> is empty.
/// </summary>
public sealed class AnonymousAuthenticator : IRequestAuthenticator
{
    public Task<AuthenticationOutcome> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(AuthenticationOutcome.Anonymous);
}
