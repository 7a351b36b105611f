using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using RecoveryBot.Bot.Auth;
using RecoveryBot.Bot.Protocol;

namespace RecoveryBot.Bot.Connector;

/// <summary>
/// Sends bot activities to a channel's Connector: ReplyToActivity when the activity has a
/// <c>replyToId</c>, SendToConversation otherwise. Any 2xx is success; the response body is not needed.
/// With an app id the bot's own token goes along as <c>Authorization: Bearer</c>; without one no header is
/// sent. A 401 drops the cached token so the next call fetches a new one.
/// </summary>
public sealed class ConnectorClient(IHttpClientFactory httpClientFactory, IConnectorTokenProvider tokens)
{
    public const string HttpClientName = "connector";

    private static readonly MediaTypeHeaderValue JsonUtf8 = new("application/json") { CharSet = "utf-8" };

    /// <exception cref="HttpRequestException">The Connector (or the token endpoint) could not be reached or answered with a non-2xx status.</exception>
    public async Task SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        var serviceUrl = activity.ServiceUrl ?? throw new ArgumentException("The activity has no serviceUrl.", nameof(activity));
        var conversationId = activity.Conversation?.Id ?? throw new ArgumentException("The activity has no conversation id.", nameof(activity));
        var uri = string.IsNullOrEmpty(activity.ReplyToId)
            ? ConnectorUrls.SendToConversation(serviceUrl, conversationId)
            : ConnectorUrls.ReplyToActivity(serviceUrl, conversationId, activity.ReplyToId);

        using var request = new HttpRequestMessage(HttpMethod.Post, uri);
        request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJson.Options));
        request.Content.Headers.ContentType = JsonUtf8;
        if (await tokens.GetTokenAsync(cancellationToken) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await httpClientFactory.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            tokens.Invalidate();
        }

        response.EnsureSuccessStatusCode();
    }
}
