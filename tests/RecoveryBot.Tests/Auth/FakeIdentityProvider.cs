using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace RecoveryBot.Tests.Auth;

/// <summary>
/// The identity side of Azure Bot Service, played on loopback by a real HTTP server: OpenID metadata and
/// JWKS for channel tokens (keys with endorsements) and for Emulator (Azure AD) tokens, and a
/// client-credentials token endpoint. The tests mint tokens with its private keys; nothing leaves the machine.
/// </summary>
public sealed class FakeIdentityProvider : IAsyncDisposable
{
    public const string AppId = "5f0c3c2e-8d8b-4c5e-9f0a-3a1c2b4d5e6f";
    public const string AppPassword = "the-bots-secret";
    public const string TenantId = "6e1d2c3b-4a59-4867-9f0e-1d2c3b4a5968";
    public const string ChannelIssuer = "https://api.botframework.com";
    public const string EmulatorIssuerV1 = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/";
    public const string EmulatorIssuerV2 = "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0";

    private static readonly string[] EveryChannel = ["emulator", "webchat", "directline", "msteams"];

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, (RsaSecurityKey Key, string[]? Endorsements)> _channelKeys = new();
    private readonly ConcurrentDictionary<string, RsaSecurityKey> _emulatorKeys = new();
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };
    private int _issuedTokens;

    private FakeIdentityProvider(WebApplication app)
    {
        _app = app;
        ChannelKey = AddChannelKey("channel-key-1", EveryChannel);
        UnendorsedChannelKey = AddChannelKey("channel-key-bare", endorsements: null);
        WebChatOnlyKey = AddChannelKey("channel-key-webchat", ["webchat"]);
        EmulatorKey = AddEmulatorKey("aad-key-1");
    }

    public string BaseUrl { get; private set; } = "";

    public RsaSecurityKey ChannelKey { get; }

    public RsaSecurityKey UnendorsedChannelKey { get; }

    public RsaSecurityKey WebChatOnlyKey { get; }

    public RsaSecurityKey EmulatorKey { get; }

    private int _channelMetadataFetches;
    private int _emulatorMetadataFetches;

    public int ChannelMetadataFetches => Volatile.Read(ref _channelMetadataFetches);

    public int EmulatorMetadataFetches => Volatile.Read(ref _emulatorMetadataFetches);

    /// <summary>Every form posted to the token endpoint.</summary>
    public ConcurrentQueue<IReadOnlyDictionary<string, string>> TokenRequests { get; } = new();

    public string ChannelMetadataUrl => $"{BaseUrl}/channel/.well-known/openidconfiguration";

    public string EmulatorMetadataUrl => $"{BaseUrl}/common/v2.0/.well-known/openid-configuration";

    public string LoginUrl => $"{BaseUrl}/{TenantId}";

    /// <summary>The bot's settings for this provider (app id, secret, every endpoint override).</summary>
    public Dictionary<string, string?> BotSettings => new()
    {
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = AppPassword,
        ["ToBotFromChannelOpenIdMetadataUrl"] = ChannelMetadataUrl,
        ["ToBotFromEmulatorOpenIdMetadataUrl"] = EmulatorMetadataUrl,
        ["ToChannelFromBotLoginUrl"] = LoginUrl,
    };

    public static async Task<FakeIdentityProvider> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var provider = new FakeIdentityProvider(app);
        app.MapGet("/channel/.well-known/openidconfiguration", () =>
        {
            Interlocked.Increment(ref provider._channelMetadataFetches);
            return Results.Text(Metadata(ChannelIssuer, $"{provider.BaseUrl}/channel/keys"), "application/json");
        });
        app.MapGet("/channel/keys", () => Results.Text(provider.ChannelJwks(), "application/json"));
        app.MapGet("/common/v2.0/.well-known/openid-configuration", () =>
        {
            Interlocked.Increment(ref provider._emulatorMetadataFetches);
            return Results.Text(Metadata("https://login.microsoftonline.com/{tenantid}/v2.0", $"{provider.BaseUrl}/common/keys"), "application/json");
        });
        app.MapGet("/common/keys", () => Results.Text(provider.EmulatorJwks(), "application/json"));
        app.MapPost($"/{TenantId}/oauth2/v2.0/token", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            provider.TokenRequests.Enqueue(form.ToDictionary(entry => entry.Key, entry => entry.Value.ToString()));
            if (form["client_secret"] != AppPassword)
            {
                return Results.Json(new { error = "invalid_client" }, statusCode: 401);
            }

            var number = Interlocked.Increment(ref provider._issuedTokens);
            return Results.Json(new { token_type = "Bearer", expires_in = 3599, access_token = $"bot-token-{number}" });
        });
        await app.StartAsync();
        provider.BaseUrl = app.Urls.Single().TrimEnd('/');
        return provider;
    }

    public RsaSecurityKey AddChannelKey(string keyId, string[]? endorsements)
    {
        var key = NewKey(keyId);
        _channelKeys[keyId] = (key, endorsements);
        return key;
    }

    public RsaSecurityKey AddEmulatorKey(string keyId)
    {
        var key = NewKey(keyId);
        _emulatorKeys[keyId] = key;
        return key;
    }

    public static RsaSecurityKey NewKey(string keyId) => new(RSA.Create(2048)) { KeyId = keyId };

    /// <summary>A token as Azure Bot Service sends it to the bot; every part can be spoiled by the caller.</summary>
    public string ChannelToken(
        DateTimeOffset now,
        string serviceUrl,
        string? audience = AppId,
        string issuer = ChannelIssuer,
        SecurityKey? key = null,
        string algorithm = SecurityAlgorithms.RsaSha256,
        TimeSpan? expiresIn = null,
        TimeSpan? startsIn = null,
        bool withServiceUrl = true)
    {
        var claims = new Dictionary<string, object>();
        if (withServiceUrl)
        {
            claims["serviceurl"] = serviceUrl;
        }

        return Token(now, issuer, audience, claims, key ?? ChannelKey, algorithm, expiresIn, startsIn);
    }

    /// <summary>A token as the Emulator gets it from Azure AD for the bot's app id (v1: appid, v2: azp).</summary>
    public string EmulatorToken(DateTimeOffset now, string version = "1.0", string appId = AppId, string issuer = EmulatorIssuerV1, string? audience = AppId, SecurityKey? key = null)
    {
        var claims = new Dictionary<string, object> { ["ver"] = version, ["tid"] = "d6d49420-f39b-4df7-a1dc-d59a935871db" };
        claims[version == "2.0" ? "azp" : "appid"] = appId;
        return Token(now, issuer, audience, claims, key ?? EmulatorKey, SecurityAlgorithms.RsaSha256, null, null);
    }

    public string Token(DateTimeOffset now, string issuer, string? audience, IDictionary<string, object> claims, SecurityKey key, string algorithm, TimeSpan? expiresIn, TimeSpan? startsIn)
    {
        var notBefore = now + (startsIn ?? TimeSpan.FromMinutes(-1));
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = notBefore.UtcDateTime,
            NotBefore = notBefore.UtcDateTime,
            Expires = (now + (expiresIn ?? TimeSpan.FromHours(1))).UtcDateTime,
            SigningCredentials = new SigningCredentials(key, algorithm),
        };
        return _handler.CreateToken(descriptor);
    }

    /// <summary>A token whose header says <c>alg: none</c> and which carries no signature.</summary>
    public static string UnsignedToken(DateTimeOffset now, string serviceUrl)
    {
        var header = Base64UrlEncoder.Encode("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        var payload = Base64UrlEncoder.Encode(new JsonObject
        {
            ["iss"] = ChannelIssuer,
            ["aud"] = AppId,
            ["serviceurl"] = serviceUrl,
            ["nbf"] = now.AddMinutes(-1).ToUnixTimeSeconds(),
            ["exp"] = now.AddHours(1).ToUnixTimeSeconds(),
        }.ToJsonString());
        return $"{header}.{payload}.";
    }

    /// <summary>HS256 keyed with the public key's modulus: the classic key-confusion forgery.</summary>
    public string KeyConfusionToken(DateTimeOffset now, string serviceUrl)
    {
        var secret = new SymmetricSecurityKey(ChannelKey.Rsa.ExportParameters(false).Modulus!) { KeyId = ChannelKey.KeyId };
        return Token(now, ChannelIssuer, AppId, new Dictionary<string, object> { ["serviceurl"] = serviceUrl }, secret, SecurityAlgorithms.HmacSha256, null, null);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        foreach (var (key, _) in _channelKeys.Values)
        {
            key.Rsa.Dispose();
        }

        foreach (var key in _emulatorKeys.Values)
        {
            key.Rsa.Dispose();
        }
    }

    private static string Metadata(string issuer, string jwksUri) =>
        new JsonObject { ["issuer"] = issuer, ["jwks_uri"] = jwksUri, ["id_token_signing_alg_values_supported"] = new JsonArray("RS256") }.ToJsonString();

    private string ChannelJwks() =>
        Jwks(_channelKeys.Select(entry => (entry.Value.Key, entry.Value.Endorsements)));

    private string EmulatorJwks() =>
        Jwks(_emulatorKeys.Values.Select(key => (key, (string[]?)null)));

    private static string Jwks(IEnumerable<(RsaSecurityKey Key, string[]? Endorsements)> keys)
    {
        var array = new JsonArray();
        foreach (var (key, endorsements) in keys)
        {
            var parameters = key.Rsa.ExportParameters(false);
            var jwk = new JsonObject
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = key.KeyId,
                ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            };
            if (endorsements is not null)
            {
                jwk["endorsements"] = new JsonArray([.. endorsements.Select(e => (JsonNode)e)]);
            }

            array.Add(jwk);
        }

        return new JsonObject { ["keys"] = array }.ToJsonString();
    }
}
