using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using RecoveryBot.Bot.Hosting;

namespace RecoveryBot.Bot.Auth;

/// <summary>
/// The bot's own token for Connector calls: an OAuth 2.0 client-credentials request (a plain form POST of
/// <c>grant_type</c>, <c>client_id</c>, <c>client_secret</c>, <c>scope</c>) to
/// <see cref="BotIdentityOptions.TokenEndpoint"/>, cached until <see cref="RefreshMargin"/> before it expires
/// (half its lifetime for very short-lived tokens). One request at a time; concurrent callers share it.
/// </summary>
public sealed class ClientCredentialsTokenProvider(
    IOptions<BotIdentityOptions> identity,
    IHttpClientFactory httpClientFactory,
    TimeProvider timeProvider,
    ILogger<ClientCredentialsTokenProvider> logger) : IConnectorTokenProvider, IDisposable
{
    public const string HttpClientName = "bot-token";

    public static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private CachedToken? _cached;

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (Fresh(_cached) is { } token)
        {
            return token;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (Fresh(_cached) is { } fetchedMeanwhile)
            {
                return fetchedMeanwhile;
            }

            _cached = await RequestAsync(cancellationToken);
            return _cached.AccessToken;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Invalidate() => _cached = null;

    public void Dispose() => _gate.Dispose();

    private string? Fresh(CachedToken? cached) => cached is not null && timeProvider.GetUtcNow() < cached.RefreshAt ? cached.AccessToken : null;

    private async Task<CachedToken> RequestAsync(CancellationToken cancellationToken)
    {
        var options = identity.Value;
        if (!options.CanRequestTokens)
        {
            throw new HttpRequestException("MicrosoftAppPassword is empty: the bot has no token for Connector calls.");
        }

        var endpoint = options.TokenEndpoint;
        using var form = new FormUrlEncodedContent(
        [
            new("grant_type", "client_credentials"),
            new("client_id", options.MicrosoftAppId),
            new("client_secret", options.MicrosoftAppPassword),
            new("scope", options.OAuthScope),
        ]);
        var requestedAt = timeProvider.GetUtcNow();
        using var response = await httpClientFactory.CreateClient(HttpClientName).PostAsync(endpoint, form, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            HostLog.OutboundTokenFailed(logger, endpoint.GetLeftPart(UriPartial.Path), $"HTTP {(int)response.StatusCode}");
            throw new HttpRequestException($"The token endpoint answered {(int)response.StatusCode}.", null, response.StatusCode);
        }

        try
        {
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            var accessToken = body.RootElement.GetProperty("access_token").GetString();
            var lifetime = TimeSpan.FromSeconds(ExpiresIn(body.RootElement));
            if (string.IsNullOrEmpty(accessToken) || lifetime <= TimeSpan.Zero)
            {
                throw new JsonException("no access_token or expires_in");
            }

            var margin = lifetime > RefreshMargin * 2 ? RefreshMargin : lifetime / 2;
            return new CachedToken(accessToken, requestedAt + lifetime - margin);
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            HostLog.OutboundTokenFailed(logger, endpoint.GetLeftPart(UriPartial.Path), "unreadable answer");
            throw new HttpRequestException("The token endpoint's answer has no usable access_token.", exception);
        }
    }

    // Azure AD answers a number; some issuers send it as a string.
    private static double ExpiresIn(JsonElement body)
    {
        var value = body.GetProperty("expires_in");
        return value.ValueKind == JsonValueKind.String
            ? double.Parse(value.GetString()!, CultureInfo.InvariantCulture)
            : value.GetDouble();
    }

    private sealed record CachedToken(string AccessToken, DateTimeOffset RefreshAt);
}
