using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace RecoveryBot.Bot.DirectLine;

/// <summary>
/// The Direct Line secret (configured, or made at start-up and kept only in memory) and the key derived from it
/// that signs tokens. The secret itself never signs anything, so a token reveals nothing about it.
/// </summary>
public sealed class DirectLineSecret
{
    private static readonly byte[] SigningKeyInfo = Encoding.UTF8.GetBytes("RecoveryBot Direct Line token signing key v1");
    private readonly byte[] _secretHash;

    public DirectLineSecret(IOptions<DirectLineOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var configured = options.Value.Secret;
        IsGenerated = string.IsNullOrEmpty(configured);
        var secret = IsGenerated ? Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32)) : configured;
        var secretBytes = Encoding.UTF8.GetBytes(secret);
        _secretHash = SHA256.HashData(secretBytes);
        SigningKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, secretBytes, 32, salt: [], info: SigningKeyInfo);
    }

    /// <summary>Whether the secret was made at start-up (no <c>DirectLine:Secret</c> configured).</summary>
    public bool IsGenerated { get; }

    /// <summary>The HMAC-SHA256 key for tokens.</summary>
    internal byte[] SigningKey { get; }

    /// <summary>Whether <paramref name="candidate"/> is the secret, compared in constant time.</summary>
    public bool Matches(string? candidate) =>
        !string.IsNullOrEmpty(candidate)
        && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(candidate)), _secretHash);
}
