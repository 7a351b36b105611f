using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace RecoveryBot.Bot.DirectLine;

/// <summary>
/// Stateless tokens: compact JWTs signed with HMAC-SHA256 under a key derived from the Direct Line secret.
/// directlinejs reads the <c>user</c> claim and then leaves the user id alone, as it does with the Azure service's
/// tokens. Only this exact header is accepted, so <c>alg: none</c> or any other algorithm is refused outright.
/// </summary>
public sealed partial class SignedTokenService(DirectLineSecret secret, IOptions<DirectLineOptions> options, TimeProvider timeProvider) : IDirectLineTokenService
{
    private const int MaxTokenLength = 2048;
    private static readonly string Header = Base64Url.EncodeToString("""{"alg":"HS256","typ":"JWT"}"""u8);

    public IssuedToken Issue(string conversationId, string userId, TokenScope scope)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var lifetime = scope == TokenScope.Stream ? options.Value.StreamUrlLifetimeSeconds : options.Value.TokenLifetimeSeconds;
        var now = timeProvider.GetUtcNow().ToUnixTimeSeconds();
        var claims = new Claims(conversationId, userId, ScopeName(scope), now, now + lifetime, Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(12)));
        var payload = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(claims, ClaimsJson.Default.Claims));
        var signed = $"{Header}.{payload}";
        return new IssuedToken($"{signed}.{Base64Url.EncodeToString(Sign(signed))}", lifetime);
    }

    public TokenCheck Check(string? token, TokenScope expected)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength)
        {
            return TokenCheck.Invalid;
        }

        var parts = token.Split('.');
        if (parts.Length != 3 || !string.Equals(parts[0], Header, StringComparison.Ordinal) || !SignatureMatches(parts))
        {
            return TokenCheck.Invalid;
        }

        var claims = ReadClaims(parts[1]);
        if (claims is null || !string.Equals(claims.Scope, ScopeName(expected), StringComparison.Ordinal)
            || string.IsNullOrEmpty(claims.Conversation) || string.IsNullOrEmpty(claims.User))
        {
            return TokenCheck.Invalid;
        }

        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(claims.ExpiresAt);
        return timeProvider.GetUtcNow() >= expiresAt
            ? TokenCheck.Expired
            : new TokenCheck(TokenCheckStatus.Valid, new DirectLineToken(claims.Conversation, claims.User, expected, expiresAt));
    }

    private static string ScopeName(TokenScope scope) => scope == TokenScope.Stream ? "stream" : "conversation";

    private static Claims? ReadClaims(string encodedPayload)
    {
        try
        {
            return JsonSerializer.Deserialize(Base64Url.DecodeFromChars(encodedPayload), ClaimsJson.Default.Claims);
        }
        catch (Exception exception) when (exception is FormatException or JsonException)
        {
            return null;
        }
    }

    private bool SignatureMatches(string[] parts)
    {
        Span<byte> presented = stackalloc byte[64];
        if (!Base64Url.IsValid(parts[2]) || Base64Url.GetMaxDecodedLength(parts[2].Length) > presented.Length)
        {
            return false;
        }

        var written = Base64Url.DecodeFromChars(parts[2], presented);
        return CryptographicOperations.FixedTimeEquals(presented[..written], Sign($"{parts[0]}.{parts[1]}"));
    }

    private byte[] Sign(string signedPart) => HMACSHA256.HashData(secret.SigningKey, Encoding.ASCII.GetBytes(signedPart));

    internal sealed record Claims(
        [property: JsonPropertyName("conv")] string Conversation,
        [property: JsonPropertyName("user")] string User,
        [property: JsonPropertyName("scp")] string Scope,
        [property: JsonPropertyName("iat")] long IssuedAt,
        [property: JsonPropertyName("exp")] long ExpiresAt,
        [property: JsonPropertyName("jti")] string Id);

    [JsonSerializable(typeof(Claims))]
    internal sealed partial class ClaimsJson : JsonSerializerContext;
}
