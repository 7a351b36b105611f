namespace RecoveryBot.Tests.Auth;

/// <summary>An <see cref="IHttpClientFactory"/> that hands out plain clients, for services built by hand.</summary>
internal sealed class PlainHttpClientFactory : IHttpClientFactory
{
    public HttpClient CreateClient(string name) => new();
}
