using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace RecoveryBot.Tests.Cluster;

/// <summary>
/// One person holding a conversation through the load balancer, answering each question by the slot it names
/// (as <c>converse.py</c> does), with an amount of their own so that mixed-up state would show. A request that
/// fails at the proxy is sent again with the same activity id, as a channel would retry it.
/// </summary>
internal sealed class ClusterUser(HttpClient client, int number)
{
    public const int MaxAttempts = 10;

    public string ConversationId { get; } = $"cluster-{number:D3}-{Guid.NewGuid():N}";

    public int Amount { get; } = 101 + number;

    /// <summary>Activities sent that started a turn (the join included).</summary>
    public int TurnsSent { get; private set; }

    /// <summary>Activities answered with 200 and at least one reply.</summary>
    public int TurnsAnswered { get; private set; }

    public int Resends { get; private set; }

    public List<int> ServerErrorsSeen { get; } = [];

    public JsonNode? Plan { get; private set; }

    private string? _expecting;

    public Task JoinAsync() => SendAsync(Activity("conversationUpdate", null));

    public Task TellStoryAsync() => SendAsync(Activity("message", $"我三个小时前转账转错人了，转了{Amount}块"));

    /// <summary>Answers whatever the bot asked last; once the plan is there, says the step is still pending.</summary>
    public Task AnswerAsync() => SendAsync(Activity("message", _expecting switch
    {
        "kind" => "我转账转错人了",
        "sentAt" => "三个小时前",
        "amount" => $"{Amount}块",
        "recipientAction" => "他还没收款",
        "reason" => "转错人了",
        "confirm" => "对",
        _ => "还在等",
    }));

    /// <summary>Two messages of this conversation at the same moment (a double tap).</summary>
    public Task DoubleTapAsync() => Task.WhenAll(SendAsync(Activity("message", "还在等")), SendAsync(Activity("message", "还在等")));

    private async Task SendAsync(JsonObject activity)
    {
        lock (this)
        {
            TurnsSent++;
        }

        var body = activity.ToJsonString();
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            try
            {
                using var content = new StringContent(body, Encoding.UTF8);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                using var response = await client.PostAsync(new Uri("api/messages", UriKind.Relative), content);
                if ((int)response.StatusCode >= 500)
                {
                    lock (this)
                    {
                        ServerErrorsSeen.Add((int)response.StatusCode);
                        Resends++;
                    }

                    await Task.Delay(300);
                    continue;
                }

                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var replies = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["activities"]!.AsArray();
                Record(replies);
                return;
            }
            catch (HttpRequestException) when (attempt < MaxAttempts)
            {
                lock (this)
                {
                    Resends++;
                }

                await Task.Delay(300);
            }
        }
    }

    private void Record(JsonArray replies)
    {
        lock (this)
        {
            if (replies.Count > 0)
            {
                TurnsAnswered++;
            }

            foreach (var reply in replies)
            {
                Assert.Equal(ConversationId, reply!["conversation"]!["id"]!.GetValue<string>());
                Plan = reply["channelData"]?["recoveryPlan"] ?? Plan;
                _expecting = reply["channelData"]?["expecting"]?.GetValue<string>() ?? _expecting;
            }
        }
    }

    private JsonObject Activity(string type, string? text)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = Guid.NewGuid().ToString("N"),
            ["channelId"] = "emulator",
            ["serviceUrl"] = "http://127.0.0.1:9",
            ["from"] = new JsonObject { ["id"] = "user-" + ConversationId, ["name"] = "User" },
            ["recipient"] = new JsonObject { ["id"] = "bot", ["name"] = "Bot", ["role"] = "bot" },
            ["conversation"] = new JsonObject { ["id"] = ConversationId },
            ["locale"] = "zh-CN",
            ["localTimestamp"] = TimeProvider.System.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).ToString("O"),
            ["localTimezone"] = "Asia/Shanghai",
            ["deliveryMode"] = "expectReplies",
        };
        if (type == "conversationUpdate")
        {
            activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "user-" + ConversationId });
        }
        else
        {
            activity["text"] = text;
        }

        return activity;
    }
}
