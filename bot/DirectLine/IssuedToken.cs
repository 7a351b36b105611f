namespace RecoveryBot.Bot.DirectLine;

/// <summary>A freshly minted token and how many seconds it lives (<c>expires_in</c>).</summary>
public sealed record IssuedToken(string Value, int ExpiresInSeconds);
