using System.Text.Json;
using Microsoft.IdentityModel.Tokens;
using RecoveryBot.Bot.Hosting;

namespace RecoveryBot.Bot.Auth;

/// <summary>
/// Signing keys of one issuer, read from its OpenID metadata document (<c>jwks_uri</c>) and cached. The
/// keys are fetched again when they are older than <see cref="RefreshInterval"/>, and sooner when a token
/// names a key id the cache does not know (key rollover), but then at most once per
/// <see cref="MinimumForcedRefreshInterval"/> so that tokens with made-up key ids cannot make the bot
/// hammer the issuer. A failed fetch keeps the keys already known.
/// </summary>
public sealed class OpenIdKeySource(
    string metadataUrl,
    IHttpClientFactory httpClientFactory,
    TimeProvider timeProvider,
    ILogger logger) : IDisposable
{
    public const string HttpClientName = "openid";

    public static readonly TimeSpan RefreshInterval = TimeSpan.FromHours(24);
    public static readonly TimeSpan MinimumForcedRefreshInterval = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _fetchGate = new(1, 1);
    private SigningKeySet _current = SigningKeySet.Empty;
    private DateTimeOffset _lastAttempt = DateTimeOffset.MinValue;

    public string MetadataUrl => metadataUrl;

    /// <summary>How many times the metadata was fetched (successfully or not); for tests and diagnostics.</summary>
    public int FetchAttempts { get; private set; }

    /// <summary>The cached keys, fetched first when there are none yet or they are due for a refresh.</summary>
    public async Task<SigningKeySet> GetAsync(CancellationToken cancellationToken)
    {
        var current = _current;
        return current.Keys.Count > 0 && timeProvider.GetUtcNow() - current.FetchedAt < RefreshInterval
            ? current
            : await RefreshAsync(cancellationToken);
    }

    /// <summary>A token named a key that is not cached: fetch again, unless that was done very recently.</summary>
    public Task<SigningKeySet> RefreshForUnknownKeyAsync(CancellationToken cancellationToken) => RefreshAsync(cancellationToken);

    private async Task<SigningKeySet> RefreshAsync(CancellationToken cancellationToken)
    {
        await _fetchGate.WaitAsync(cancellationToken);
        try
        {
            // Also true when another caller fetched while this one waited for the gate.
            var now = timeProvider.GetUtcNow();
            if (FetchAttempts > 0 && now - _lastAttempt < MinimumForcedRefreshInterval)
            {
                return _current;
            }

            _lastAttempt = now;
            FetchAttempts++;
            try
            {
                _current = await FetchAsync(now, cancellationToken);
                HostLog.SigningKeysFetched(logger, _current.Keys.Count, metadataUrl);
            }
            catch (Exception exception) when (exception is HttpRequestException or JsonException or InvalidOperationException or ArgumentException or KeyNotFoundException
                || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
            {
                HostLog.SigningKeysUnavailable(logger, metadataUrl, exception.GetType().Name);
            }

            return _current;
        }
        finally
        {
            _fetchGate.Release();
        }
    }

    private async Task<SigningKeySet> FetchAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var client = httpClientFactory.CreateClient(HttpClientName);
        using var metadata = JsonDocument.Parse(await client.GetStringAsync(new Uri(metadataUrl), cancellationToken));
        var jwksUri = metadata.RootElement.GetProperty("jwks_uri").GetString();
        if (!TrustedUrls.IsHttpsOrLoopback(jwksUri))
        {
            throw new InvalidOperationException("The metadata's jwks_uri is not an https URL.");
        }

        var jwksJson = await client.GetStringAsync(new Uri(jwksUri!), cancellationToken);
        var keys = new JsonWebKeySet(jwksJson).GetSigningKeys().ToArray();
        var endorsements = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        using var jwks = JsonDocument.Parse(jwksJson);
        foreach (var key in jwks.RootElement.GetProperty("keys").EnumerateArray())
        {
            if (key.TryGetProperty("kid", out var kid) && kid.ValueKind == JsonValueKind.String
                && key.TryGetProperty("endorsements", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                endorsements[kid.GetString()!] = [.. list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)];
            }
        }

        return new SigningKeySet(keys, endorsements, now);
    }

    public void Dispose() => _fetchGate.Dispose();
}
