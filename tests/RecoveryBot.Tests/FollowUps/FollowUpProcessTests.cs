using System.Diagnostics;
using RecoveryBot.Tests.Infrastructure;
using Xunit.Abstractions;

namespace RecoveryBot.Tests.FollowUps;

/// <summary>
/// The bot as a process of its own on a loopback port, on the real clock, with a small HTTP server standing in as
/// the channel's <c>serviceUrl</c>: a conversation whose refund is due in about a minute gets the follow-up in
/// the minute after, as a well-formed proactive activity addressed to that conversation. The dispatcher polls
/// every second (a setting) instead of every 15, so the test waits for the due time and little more.
/// </summary>
public sealed class FollowUpProcessTests(ITestOutputHelper output)
{
    [Fact]
    public async Task RefundDueInAMinute_FollowUpReachesTheServiceUrlWithinTheFollowingMinute()
    {
        await using var channel = await ChannelStandIn.StartAsync();
        await using var bot = await BotProcess.StartAsync(new Dictionary<string, string>
        {
            ["Storage__Kind"] = "sqlite",
            ["FollowUps__PollIntervalSeconds"] = "1",
        });
        using var client = new HttpClient { BaseAddress = bot.BaseAddress };
        var user = new RealUser();
        const string ConversationId = "a1b2|followup-real";

        await user.HoldUntilPlanAsync(client, ConversationId, channel.ServiceUrl);

        var plan = channel.Requests.Select(r => r.Activity["channelData"]?["recoveryPlan"]).Single(p => p is not null)!;
        var planned = plan["followUps"]!.AsArray().Single()!;
        Assert.Equal("ask-recipient-return", planned["stepId"]!.GetValue<string>());
        Assert.Equal(user.Due, DateTimeOffset.Parse(planned["due"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
        var untilDue = user.Due - TimeProvider.System.GetUtcNow();
        var waited = Stopwatch.StartNew();
        var arrived = await channel.WaitForAsync(c => c.FollowUps.Any(), untilDue + TimeSpan.FromMinutes(1));
        output.WriteLine($"due in {untilDue.TotalSeconds:F0} s; the follow-up came after {waited.Elapsed.TotalSeconds:F1} s");
        Assert.True(arrived, $"no follow-up within a minute of the due time\n{bot.Output}");

        var request = Assert.Single(channel.FollowUps);
        Assert.True(TimeProvider.System.GetUtcNow() >= user.Due - TimeSpan.FromSeconds(1), "the follow-up came before it was due");
        Assert.Equal($"/v3/conversations/{Uri.EscapeDataString(ConversationId)}/activities", request.Path);
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
        var activity = request.Activity;
        Assert.Equal("message", activity["type"]!.GetValue<string>());
        Assert.StartsWith("followup-", activity["id"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(activity["replyToId"]);
        Assert.Equal(ConversationId, activity["conversation"]!["id"]!.GetValue<string>());
        Assert.Equal("emulator", activity["channelId"]!.GetValue<string>());
        Assert.Equal(channel.ServiceUrl, activity["serviceUrl"]!.GetValue<string>());
        Assert.Equal("bot-real", activity["from"]!["id"]!.GetValue<string>());
        Assert.Equal("bot", activity["from"]!["role"]!.GetValue<string>());
        Assert.Equal("user-real", activity["recipient"]!["id"]!.GetValue<string>());
        Assert.Equal("zh-CN", activity["locale"]!.GetValue<string>());
        Assert.Equal("expectingInput", activity["inputHint"]!.GetValue<string>());
        Assert.Contains("钱回来了吗", activity["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["钱回来了", "还没回来", "不用提醒了"], activity["suggestedActions"]!["actions"]!.AsArray().Select(a => a!["value"]!.GetValue<string>()));
        Assert.Equal("ask-recipient-return", activity["channelData"]!["followUp"]!["stepId"]!.GetValue<string>());
        Assert.Equal("stepOutcome", activity["channelData"]!["expecting"]!.GetValue<string>());
    }
}
