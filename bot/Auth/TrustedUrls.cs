using System.Net;

namespace RecoveryBot.Bot.Auth;

/// <summary>Where the bot may fetch keys or send its secret: https anywhere, plain http only to this machine.</summary>
public static class TrustedUrls
{
    public static bool IsHttpsOrLoopback(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && IsLoopback(uri)));

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
