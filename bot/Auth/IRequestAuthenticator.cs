using RecoveryBot.Bot.Protocol;

namespace RecoveryBot.Bot.Auth;

/// <summary>
/// Decides whether an inbound request to <c>/api/messages</c> may be processed. Bot Framework JWT
/// validation (protocol note §3) plugs in here.
/// </summary>
public interface IRequestAuthenticator
{
    /// <param name="authorizationHeader">The raw <c>Authorization</c> header, or <see langword="null"/>.</param>
    /// <param name="activity">The parsed activity (its <c>channelId</c> and <c>serviceUrl</c> take part in channel validation).</param>
    Task<AuthenticationOutcome> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken);
}

/// <summary>The authenticator's verdict; <see cref="FailureReason"/> is for logs only, never sent to the caller.</summary>
public sealed record AuthenticationOutcome(bool IsAuthenticated, string? FailureReason = null)
{
    public static AuthenticationOutcome Anonymous { get; } = new(true);

    public static AuthenticationOutcome Authenticated { get; } = new(true);

    public static AuthenticationOutcome Rejected(string reason) => new(false, reason);
}
