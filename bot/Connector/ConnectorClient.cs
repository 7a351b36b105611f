using System.Net.Http.Headers;
using System.Text.Json;
using RecoveryBot.Bot.Protocol;

namespace RecoveryBot.Bot.Connector;

/// <summary>
/// Sends bot activities to a channel's Connector: ReplyToActivity when the activity has a
/// <c>replyToId</c>, SendToConversation otherwise. Any 2xx is success; the response body is not needed.
/// No <c>Authorization</c> header is sent: the bot runs without an app id (anonymous mode).
/// </summary>
public sealed class ConnectorClient(IHttpClientFactory httpClientFactory)
{
    public const string HttpClientName = "connector";

    private static readonly MediaTypeHeaderValue JsonUtf8 = new("application/json") { CharSet = "utf-8" };

    /// <exception cref="HttpRequestException">The Connector could not be reached or answered with a non-2xx status.</exception>
    public async Task SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        var serviceUrl = activity.ServiceUrl ?? throw new ArgumentException("The activity has no serviceUrl.", nameof(activity));
        var conversationId = activity.Conversation?.Id ?? throw new ArgumentException("The activity has no conversation id.", nameof(activity));
        var uri = string.IsNullOrEmpty(activity.ReplyToId)
            ? ConnectorUrls.SendToConversation(serviceUrl, conversationId)
            : ConnectorUrls.ReplyToActivity(serviceUrl, conversationId, activity.ReplyToId);

        using var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJson.Options));
        content.Headers.ContentType = JsonUtf8;
        using var response = await httpClientFactory.CreateClient(HttpClientName).PostAsync(uri, content, cancellationToken);
        response.EnsureSuccessStatusCode();
    }
}
