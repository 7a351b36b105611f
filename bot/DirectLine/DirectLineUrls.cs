using System.Globalization;

namespace RecoveryBot.Bot.DirectLine;

/// <summary>The addresses the channel hands out, built from the request (behind a proxy, forwarded headers must be applied first).</summary>
public static class DirectLineUrls
{
    public const string Prefix = "/v3/directline";

    /// <summary>The <c>serviceUrl</c> stamped on activities: the channel's own base. The bot never calls it; replies are kept in process.</summary>
    public static string ServiceUrl(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return $"{request.Scheme}://{request.Host}{request.PathBase}{Prefix}/";
    }

    /// <summary>The WebSocket address of a conversation's stream, carrying a short-lived stream token and, on reconnect, the watermark.</summary>
    public static string StreamUrl(HttpRequest request, string conversationId, string streamToken, long? watermark)
    {
        ArgumentNullException.ThrowIfNull(request);
        var scheme = request.IsHttps ? "wss" : "ws";
        var url = $"{scheme}://{request.Host}{request.PathBase}{Prefix}/conversations/{conversationId}/stream?t={Uri.EscapeDataString(streamToken)}";
        return watermark is { } value ? url + "&watermark=" + value.ToString(CultureInfo.InvariantCulture) : url;
    }

    /// <summary>A client's watermark: a non-negative number as a string; anything else means from the start.</summary>
    public static long ParseWatermark(string? watermark) =>
        long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;
}
