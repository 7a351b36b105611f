namespace RecoveryBot.Bot.Connector;

/// <summary>
/// Connector REST addresses relative to an activity's <c>serviceUrl</c>. Ids are opaque and may hold
/// <c>|</c>, <c>:</c>, <c>@</c> or <c>;</c>, so every path segment is data-escaped.
/// </summary>
public static class ConnectorUrls
{
    /// <summary><c>POST {serviceUrl}/v3/conversations/{conversationId}/activities</c></summary>
    public static Uri SendToConversation(string serviceUrl, string conversationId) =>
        new(Base(serviceUrl) + "v3/conversations/" + Uri.EscapeDataString(conversationId) + "/activities");

    /// <summary><c>POST {serviceUrl}/v3/conversations/{conversationId}/activities/{activityId}</c></summary>
    public static Uri ReplyToActivity(string serviceUrl, string conversationId, string activityId) =>
        new(SendToConversation(serviceUrl, conversationId) + "/" + Uri.EscapeDataString(activityId));

    /// <summary>Whether <paramref name="serviceUrl"/> can be used as a Connector base at all.</summary>
    public static bool IsUsable(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private static string Base(string serviceUrl) => serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/";
}
