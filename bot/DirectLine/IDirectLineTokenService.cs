namespace RecoveryBot.Bot.DirectLine;

/// <summary>
/// Mints and checks Direct Line tokens. Behind an interface so that a scaled-out deployment can change how
/// tokens are kept or revoked; the default (<see cref="SignedTokenService"/>) needs no state at all.
/// </summary>
public interface IDirectLineTokenService
{
    /// <summary>A new token for <paramref name="conversationId"/>, valid for the scope's configured lifetime from now.</summary>
    IssuedToken Issue(string conversationId, string userId, TokenScope scope);

    /// <summary>Checks a presented token for the <paramref name="expected"/> scope.</summary>
    TokenCheck Check(string? token, TokenScope expected);
}
