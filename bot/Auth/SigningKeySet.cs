using Microsoft.IdentityModel.Tokens;

namespace RecoveryBot.Bot.Auth;

/// <summary>
/// The keys published by one OpenID issuer, with each key's endorsements (the channel ids a Bot Framework
/// key may sign for; an extension of the JWKS that generic libraries drop).
/// </summary>
public sealed record SigningKeySet(
    IReadOnlyList<SecurityKey> Keys,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Endorsements,
    DateTimeOffset FetchedAt)
{
    public static SigningKeySet Empty { get; } = new([], new Dictionary<string, IReadOnlyList<string>>(), DateTimeOffset.MinValue);

    public bool HasKey(string keyId) => Keys.Any(key => string.Equals(key.KeyId, keyId, StringComparison.Ordinal));

    /// <summary>The key's endorsements, or <see langword="null"/> when it carries none.</summary>
    public IReadOnlyList<string>? EndorsementsOf(string? keyId) =>
        keyId is not null && Endorsements.TryGetValue(keyId, out var endorsements) ? endorsements : null;
}
