using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace RecoveryBot.Tests.Cluster;

/// <summary>
/// Web Chat's path through the load balancer: a token from <c>/api/token</c>, a Direct Line conversation, its
/// WebSocket stream held on one instance while messages are posted round-robin to both. Every bot reply must
/// arrive on the stream, whichever instance appended it.
/// </summary>
internal static class DirectLineThroughNginx
{
    public static async Task<(int Posted, int RepliesOnStream)> ConverseAsync(HttpClient client, int messages)
    {
        using var tokenResponse = await client.PostAsync(new Uri("api/token", UriKind.Relative), null);
        tokenResponse.EnsureSuccessStatusCode();
        var token = (await JsonDocument.ParseAsync(await tokenResponse.Content.ReadAsStreamAsync())).RootElement.GetProperty("token").GetString()!;

        using var start = Request(HttpMethod.Post, "v3/directline/conversations", token, "{\"user\":{},\"locale\":\"zh-CN\"}");
        using var started = await client.SendAsync(start);
        started.EnsureSuccessStatusCode();
        var conversation = (await JsonDocument.ParseAsync(await started.Content.ReadAsStreamAsync())).RootElement;
        var conversationId = conversation.GetProperty("conversationId").GetString()!;

        using var socket = new ClientWebSocket();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await socket.ConnectAsync(new Uri(conversation.GetProperty("streamUrl").GetString()!), timeout.Token);
        var botReplies = 0;
        var receiving = Task.Run(async () =>
        {
            var buffer = new byte[1 << 20];
            while (botReplies < messages + 1 && !timeout.IsCancellationRequested)
            {
                var length = 0;
                ValueWebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer.AsMemory(length), timeout.Token);
                    length += result.Count;
                }
                while (!result.EndOfMessage);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                if (length == 0)
                {
                    continue;
                }

                using var frame = JsonDocument.Parse(buffer.AsMemory(0, length));
                botReplies += frame.RootElement.GetProperty("activities").EnumerateArray()
                    .Count(activity => activity.GetProperty("from").TryGetProperty("role", out var role) && role.GetString() == "bot");
            }
        });

        for (var i = 0; i < messages; i++)
        {
            var body = JsonSerializer.Serialize(new { type = "message", text = i == 0 ? "我三个小时前转错了88块" : "还在等", from = new { id = "x" }, locale = "zh-CN" });
            using var post = Request(HttpMethod.Post, $"v3/directline/conversations/{conversationId}/activities", token, body);
            using var posted = await client.SendAsync(post);
            posted.EnsureSuccessStatusCode();
        }

        await receiving.WaitAsync(TimeSpan.FromSeconds(30));
        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        return (messages, botReplies);
    }

    private static HttpRequestMessage Request(HttpMethod method, string path, string token, string json)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative))
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }
}
