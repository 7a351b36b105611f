using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RecoveryBot.Tests.Host;

/// <summary>Inbound activities as real clients send them (Emulator shape by default), as raw JSON.</summary>
internal static class Inbound
{
    public const string EmulatorServiceUrl = "http://localhost:53559";
    public const string DirectLineServiceUrl = "https://directline.botframework.com/";
    public const string ConversationId = "9f1c2a|livechat";
    public const string ActivityId = "9f1c2a|0000001";
    public const string UserId = "user-1";
    public const string BotId = "bot-1";

    private static int _lastId;

    /// <summary>A message with a fresh activity id (the bot answers a repeated id from memory, as a retry).</summary>
    public static JsonObject Message(string text, string conversationId = ConversationId, string channelId = "emulator", string serviceUrl = EmulatorServiceUrl, string? locale = "en-US", string? id = null) =>
        new()
        {
            ["type"] = "message",
            ["id"] = id ?? NextId(),
            ["timestamp"] = "2026-11-22T12:00:00.000Z",
            ["localTimestamp"] = "2026-11-22T20:00:00+08:00",
            ["localTimezone"] = "Asia/Shanghai",
            ["serviceUrl"] = serviceUrl,
            ["channelId"] = channelId,
            ["from"] = new JsonObject { ["id"] = UserId, ["name"] = "User", ["role"] = "user" },
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "Bot", ["role"] = "bot" },
            ["locale"] = locale,
            ["text"] = text,
        };

    /// <summary>A new activity id in the Direct Line style, unique in this test run.</summary>
    public static string NextId() => $"9f1c2a|{Interlocked.Increment(ref _lastId):D7}";

    public static JsonObject ExpectReplies(JsonObject activity)
    {
        activity["deliveryMode"] = "expectReplies";
        return activity;
    }

    public static JsonObject ConversationUpdate(string channelId = "emulator", string serviceUrl = EmulatorServiceUrl, params string[] membersAdded)
    {
        var members = new JsonArray();
        foreach (var id in membersAdded.Length == 0 ? [UserId, BotId] : membersAdded)
        {
            members.Add(new JsonObject { ["id"] = id });
        }

        var activity = Message("", channelId: channelId, serviceUrl: serviceUrl);
        activity["type"] = "conversationUpdate";
        activity.Remove("text");
        activity["membersAdded"] = members;
        return activity;
    }

    public static JsonObject OfType(string type)
    {
        var activity = Message("");
        activity["type"] = type;
        activity.Remove("text");
        return activity;
    }

    public static Task<HttpResponseMessage> PostAsync(this HttpClient client, JsonNode activity) =>
        client.PostRawAsync(activity.ToJsonString());

    public static Task<HttpResponseMessage> PostRawAsync(this HttpClient client, string body)
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
    }

    /// <summary>The <c>activities</c> of an expectReplies response.</summary>
    public static async Task<JsonArray> ReadRepliesAsync(this HttpResponseMessage response)
    {
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return body["activities"]!.AsArray();
    }

    public static JsonNode ParseBody(this RecordedRequest request) => JsonNode.Parse(request.Body)!;

    public static string? Str(this JsonNode? node, string path)
    {
        var current = node;
        foreach (var part in path.Split('.'))
        {
            current = current?[part];
        }

        return current?.GetValueKind() == JsonValueKind.String ? current.GetValue<string>() : current?.ToJsonString();
    }
}
