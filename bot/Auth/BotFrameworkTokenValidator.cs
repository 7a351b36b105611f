using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using RecoveryBot.Bot.Protocol;

namespace RecoveryBot.Bot.Auth;

/// <summary>
/// Bot Framework inbound authentication (protocol note §3), used when <c>MicrosoftAppId</c> is set. The
/// token's (unverified) issuer picks the path: an Emulator issuer → Emulator rules, anything else → channel
/// rules. Both: RS256/384/512 only, signature by a key of that path's OpenID metadata, lifetime with 5
/// minutes of clock skew, audience = the app id. Channel tokens also need issuer
/// <c>ToBotFromChannelTokenIssuer</c>, a signing key endorsed for the activity's <c>channelId</c>, and a
/// <c>serviceurl</c> claim equal to the activity's <c>serviceUrl</c>. Emulator tokens also need the app id in
/// <c>appid</c> (<c>ver</c> 1.0) or <c>azp</c> (<c>ver</c> 2.0). Failure reasons name the rule, never the token.
/// </summary>
public sealed class BotFrameworkTokenValidator : IRequestAuthenticator, IDisposable
{
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private static readonly string[] AllowedAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly BotIdentityOptions _identity;
    private readonly IReadOnlyList<string> _emulatorIssuers;
    private readonly TimeProvider _timeProvider;

    public BotFrameworkTokenValidator(IOptions<BotIdentityOptions> identity, IHttpClientFactory httpClientFactory, TimeProvider timeProvider, ILogger<BotFrameworkTokenValidator> logger)
    {
        ArgumentNullException.ThrowIfNull(identity);
        _identity = identity.Value;
        _timeProvider = timeProvider;
        _emulatorIssuers = TokenIssuers.Emulator(_identity.MicrosoftAppTenantId);
        ChannelKeys = new OpenIdKeySource(_identity.ToBotFromChannelOpenIdMetadataUrl, httpClientFactory, timeProvider, logger);
        EmulatorKeys = new OpenIdKeySource(_identity.ToBotFromEmulatorOpenIdMetadataUrl, httpClientFactory, timeProvider, logger);
    }

    public OpenIdKeySource ChannelKeys { get; }

    public OpenIdKeySource EmulatorKeys { get; }

    public void Dispose()
    {
        ChannelKeys.Dispose();
        EmulatorKeys.Dispose();
    }

    public async Task<AuthenticationOutcome> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (authorizationHeader is null)
        {
            return AuthenticationOutcome.Rejected("no Authorization header");
        }

        if (!BearerHeader.TryGetToken(authorizationHeader, out var token))
        {
            return AuthenticationOutcome.Rejected("the Authorization header is not 'Bearer <token>'");
        }

        JsonWebToken unverified;
        try
        {
            unverified = _handler.ReadJsonWebToken(token);
        }
        catch (Exception exception) when (exception is ArgumentException or SecurityTokenException)
        {
            return AuthenticationOutcome.Rejected("the bearer token is not a JWT");
        }

        var isEmulator = _emulatorIssuers.Contains(unverified.Issuer, StringComparer.Ordinal);
        var keySource = isEmulator ? EmulatorKeys : ChannelKeys;
        var keys = await keySource.GetAsync(cancellationToken);
        if (!string.IsNullOrEmpty(unverified.Kid) && !keys.HasKey(unverified.Kid))
        {
            keys = await keySource.RefreshForUnknownKeyAsync(cancellationToken);
        }

        var result = await _handler.ValidateTokenAsync(token, Parameters(isEmulator, keys));
        if (!result.IsValid)
        {
            return AuthenticationOutcome.Rejected(Describe(result.Exception));
        }

        var validated = (JsonWebToken)result.SecurityToken;
        var problem = EndorsementProblem(keys.EndorsementsOf(validated.SigningKey?.KeyId ?? validated.Kid), activity.ChannelId, endorsementsRequired: !isEmulator)
            ?? (isEmulator ? EmulatorClaimsProblem(result.ClaimsIdentity) : ServiceUrlProblem(result.ClaimsIdentity, activity.ServiceUrl));
        return problem is null ? AuthenticationOutcome.Authenticated : AuthenticationOutcome.Rejected(problem);
    }

    private TokenValidationParameters Parameters(bool isEmulator, SigningKeySet keys) => new()
    {
        ValidIssuers = isEmulator ? _emulatorIssuers : [_identity.ToBotFromChannelTokenIssuer],
        ValidAudiences = isEmulator ? [_identity.MicrosoftAppId, "api://" + _identity.MicrosoftAppId] : [_identity.MicrosoftAppId],
        IssuerSigningKeys = keys.Keys,
        ValidAlgorithms = AllowedAlgorithms,
        ClockSkew = ClockSkew,
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        ValidateLifetime = true,
        ValidateIssuer = true,
        ValidateAudience = true,
        LifetimeValidator = ValidateLifetime,
    };

    // The library's own lifetime check reads the system clock; this one reads the injected TimeProvider.
    private bool ValidateLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        if (expires is null)
        {
            throw new SecurityTokenNoExpirationException("The token has no expiry.");
        }

        if (notBefore is { } start && start > now + ClockSkew)
        {
            throw new SecurityTokenNotYetValidException("The token is not valid yet.");
        }

        return expires.Value >= now - ClockSkew ? true : throw new SecurityTokenExpiredException("The token has expired.");
    }

    /// <summary>
    /// A key that lists endorsements may only sign for those channels (an empty channel id passes). Channel
    /// tokens must come from an endorsed key at all, as in the .NET SDK; Emulator (Azure AD) keys carry none.
    /// </summary>
    private static string? EndorsementProblem(IReadOnlyList<string>? endorsements, string? channelId, bool endorsementsRequired)
    {
        if (endorsements is null)
        {
            return endorsementsRequired ? "the signing key carries no endorsements" : null;
        }

        return string.IsNullOrEmpty(channelId) || endorsements.Contains(channelId, StringComparer.OrdinalIgnoreCase)
            ? null
            : "the signing key is not endorsed for the activity's channel";
    }

    private static string? ServiceUrlProblem(ClaimsIdentity identity, string? serviceUrl)
    {
        var claim = identity.FindFirst("serviceurl")?.Value;
        if (string.IsNullOrEmpty(claim))
        {
            return "the channel token has no serviceurl claim";
        }

        return string.Equals(claim, serviceUrl, StringComparison.OrdinalIgnoreCase) ? null : "the serviceurl claim does not match the activity's serviceUrl";
    }

    private string? EmulatorClaimsProblem(ClaimsIdentity identity)
    {
        var version = identity.FindFirst("ver");
        if (version is null)
        {
            return "the Emulator token has no ver claim";
        }

        var appIdClaim = version.Value switch
        {
            "" or "1.0" => "appid",
            "2.0" => "azp",
            _ => null,
        };
        if (appIdClaim is null)
        {
            return "the Emulator token's ver is neither 1.0 nor 2.0";
        }

        return string.Equals(identity.FindFirst(appIdClaim)?.Value, _identity.MicrosoftAppId, StringComparison.Ordinal)
            ? null
            : $"the Emulator token's {appIdClaim} is not this bot's app id";
    }

    private static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "the token has expired",
        SecurityTokenNotYetValidException => "the token is not valid yet",
        SecurityTokenNoExpirationException => "the token has no expiry",
        SecurityTokenInvalidAudienceException => "the token's audience is not this bot",
        SecurityTokenInvalidIssuerException => "the token's issuer is not accepted",
        SecurityTokenInvalidAlgorithmException => "the token's algorithm is not RS256/RS384/RS512",
        SecurityTokenSignatureKeyNotFoundException => "the token's signing key is unknown",
        SecurityTokenInvalidSignatureException => "the token's signature is invalid",
        null => "the token is invalid",
        _ => $"the token is invalid ({exception.GetType().Name})",
    };
}
