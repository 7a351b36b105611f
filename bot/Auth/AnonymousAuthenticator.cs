using RecoveryBot.Bot.Protocol;

namespace RecoveryBot.Bot.Auth;

/// <summary>
/// Used while <c>MicrosoftAppId</c> is empty: accepts requests without an <c>Authorization</c> header (the
/// Emulator on localhost with no app id), as the SDK does. A request that does carry one is refused: its
/// sender expects a bot with an identity, and the SDK's validation fails it the same way (protocol note
/// §3.1 step 4: both sides must be blank for anonymous mode).
/// </summary>
public sealed class AnonymousAuthenticator : IRequestAuthenticator
{
    public Task<AuthenticationOutcome> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(authorizationHeader is null
            ? AuthenticationOutcome.Anonymous
            : AuthenticationOutcome.Rejected("an Authorization header was sent, but this bot has no MicrosoftAppId"));
}
