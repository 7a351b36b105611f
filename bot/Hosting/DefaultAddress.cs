namespace RecoveryBot.Bot.Hosting;

/// <summary>The Bot Framework's customary local address, used only when no address was configured.</summary>
public static class DefaultAddress
{
    public const string Url = "http://localhost:3978";

    /// <summary>
    /// Applies <see cref="Url"/> unless <c>ASPNETCORE_URLS</c>/<c>--urls</c>, <c>HTTP_PORTS</c>/<c>HTTPS_PORTS</c>
    /// or Kestrel endpoints say otherwise.
    /// </summary>
    public static IWebHostBuilder UseDefaultAddressWhenUnset(this IWebHostBuilder webHost, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(webHost);
        return IsAddressConfigured(configuration) ? webHost : webHost.UseUrls(Url);
    }

    public static bool IsAddressConfigured(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.ServerUrlsKey])
            || !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.HttpPortsKey])
            || !string.IsNullOrWhiteSpace(configuration[WebHostDefaults.HttpsPortsKey])
            || configuration.GetSection("Kestrel:Endpoints").Exists();
    }
}
