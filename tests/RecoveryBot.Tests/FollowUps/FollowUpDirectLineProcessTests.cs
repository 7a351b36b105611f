using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using RecoveryBot.Tests.DirectLine;
using RecoveryBot.Tests.Infrastructure;
using Xunit.Abstractions;

namespace RecoveryBot.Tests.FollowUps;

/// <summary>
/// The bot process's own Direct Line: the conversation is held up to the plan, then the real
/// <c>botframework-directlinejs</c> client connects over the WebSocket stream and, without posting anything,
/// receives the bot's follow-up when the refund comes due.
/// </summary>
public sealed class FollowUpDirectLineProcessTests(ITestOutputHelper output)
{
    private const string Secret = "test-direct-line-secret-for-follow-ups-0123456789";

    [Fact]
    public async Task WebSocketClient_ReceivesTheFollowUpWithoutSendingAnything()
    {
        await using var bot = await BotProcess.StartAsync(new Dictionary<string, string>
        {
            ["Storage__Kind"] = "sqlite",
            ["DirectLine__Secret"] = Secret,
            ["FollowUps__PollIntervalSeconds"] = "1",
        });
        using var client = new HttpClient { BaseAddress = bot.BaseAddress };
        var user = new RealUser();
        var (conversationId, token) = await StartAsync(client);
        foreach (var text in new[] { user.Opening, "对" })
        {
            await PostAsync(client, conversationId, token, new JsonObject
            {
                ["type"] = "message",
                ["from"] = new JsonObject { ["id"] = "dl_user" },
                ["text"] = text,
                ["locale"] = "zh-CN",
                ["localTimestamp"] = user.LocalNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            });
        }

        var untilDue = user.Due - TimeProvider.System.GetUtcNow();
        var clock = Stopwatch.StartNew();
        var run = await NodeClient.RunAsync(
            "directline-followup.mjs",
            new { domain = new Uri(bot.BaseAddress, "v3/directline").ToString(), token, conversationId, timeoutMs = (int)(untilDue + TimeSpan.FromMinutes(1)).TotalMilliseconds },
            untilDue + TimeSpan.FromMinutes(2));
        output.WriteLine($"due in {untilDue.TotalSeconds:F0} s; the client got the follow-up after {clock.Elapsed.TotalSeconds:F1} s");

        run.AssertSucceeded();
        var result = run.Result;
        Assert.Equal(0, result.GetProperty("posted").GetInt32());
        Assert.True(result.GetProperty("onlineAtMs").GetInt64() < result.GetProperty("followUpAtMs").GetInt64(), "the follow-up must arrive on the open stream");
        var followUp = result.GetProperty("followUp");
        Assert.Equal("bot", followUp.GetProperty("from").GetProperty("role").GetString());
        Assert.Equal(conversationId, followUp.GetProperty("conversation").GetProperty("id").GetString());
        Assert.Equal("ask-recipient-return", followUp.GetProperty("channelData").GetProperty("followUp").GetProperty("stepId").GetString());
        Assert.Contains("钱回来了吗", followUp.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Single(result.GetProperty("activities").EnumerateArray(), a => a.TryGetProperty("channelData", out var data) && data.TryGetProperty("followUp", out _));
    }

    private static async Task<(string ConversationId, string Token)> StartAsync(HttpClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "v3/directline/conversations");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Secret);
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("conversationId").GetString()!, body.GetProperty("token").GetString()!);
    }

    private static async Task PostAsync(HttpClient client, string conversationId, string token, JsonObject activity)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"v3/directline/conversations/{conversationId}/activities")
        {
            Content = JsonContent.Create(activity),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }
}
