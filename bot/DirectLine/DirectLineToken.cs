namespace RecoveryBot.Bot.DirectLine;

/// <summary>What a Direct Line token grants: one conversation, as one user, until it expires.</summary>
/// <param name="ConversationId">The only conversation the token may read or post to.</param>
/// <param name="UserId">The user every activity posted with the token is sent as.</param>
/// <param name="Scope">What the token may be used for.</param>
/// <param name="ExpiresAt">Moment after which the token is refused.</param>
public sealed record DirectLineToken(string ConversationId, string UserId, TokenScope Scope, DateTimeOffset ExpiresAt);
