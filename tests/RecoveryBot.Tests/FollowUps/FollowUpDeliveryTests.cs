using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using RecoveryBot.Bot.FollowUps;
using RecoveryBot.Bot.Operations;
using RecoveryBot.Bot.Turns;
using RecoveryBot.Dialogs.Conversation;
using RecoveryBot.Tests.Host;

namespace RecoveryBot.Tests.FollowUps;

/// <summary>
/// Follow-ups through the Connector in the real host with a fake clock: scheduled after the plan, sent at the due
/// time as a proactive activity, retried with back-off on 5xx, dropped on 4xx, given up after the last attempt,
/// cancelled by "delete my data", and sent once after an instance died holding the claim.
/// </summary>
public sealed class FollowUpDeliveryTests
{
    private static readonly TimeSpan UntilDue = TimeSpan.FromDays(1);

    [Fact]
    public async Task RefundDue_SendsAProactiveMessageToTheConversationsConnector()
    {
        await using var host = new FollowUpHost();
        using var outcomes = new MetricCollector<long>(host.App.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), BotMetrics.MeterName, "recoverybot.followups");
        var followUp = await host.PlanTransferAsync();
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero), followUp.Due);

        await host.AdvanceAsync(UntilDue);

        var request = Assert.Single(host.Connector.Requests, r => r.Body.Contains("\"followUp\"", StringComparison.Ordinal));
        Assert.Equal(new Uri($"{Inbound.EmulatorServiceUrl}/v3/conversations/{Uri.EscapeDataString(Inbound.ConversationId)}/activities"), request.Uri);
        var sent = Assert.Single(host.FollowUpsSent);
        Assert.Equal("message", sent["type"]!.GetValue<string>());
        Assert.Equal(followUp.ActivityId(0), sent["id"]!.GetValue<string>());
        Assert.Null(sent["replyToId"]);
        Assert.Equal(Inbound.ConversationId, sent["conversation"]!["id"]!.GetValue<string>());
        Assert.Equal(Inbound.BotId, sent["from"]!["id"]!.GetValue<string>());
        Assert.Equal(Inbound.UserId, sent["recipient"]!["id"]!.GetValue<string>());
        Assert.Equal("ask-recipient-return", sent["channelData"]!["followUp"]!["stepId"]!.GetValue<string>());
        Assert.Equal("stepOutcome", sent["channelData"]!["expecting"]!.GetValue<string>());
        Assert.StartsWith("你昨天 17:00的转账", sent["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(3, sent["suggestedActions"]!["actions"]!.AsArray().Count);
        Assert.Empty(await host.Store.PendingAsync(FollowUpHost.StateKey, default));
        Assert.Equal(FollowUpOutcomes.Sent, Assert.Single(outcomes.GetMeasurementSnapshot()).Tags["outcome"]);
    }

    [Fact]
    public async Task PlanToAConnector_ListsTheFollowUpItScheduled()
    {
        await using var host = new FollowUpHost();

        var followUp = await host.PlanTransferAsync();

        var plan = host.Connector.Requests.Select(r => System.Text.Json.Nodes.JsonNode.Parse(r.Body)!["channelData"]?["recoveryPlan"]).Single(p => p is not null)!;
        var listed = Assert.Single(plan["followUps"]!.AsArray())!;
        Assert.Equal(followUp.StepId, listed["stepId"]!.GetValue<string>());
        Assert.Equal(followUp.Due, DateTimeOffset.Parse(listed["due"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task ExpectRepliesClient_CannotBeWrittenTo_SoThePlanPromisesNoFollowUpAndNoneIsScheduled()
    {
        await using var host = new FollowUpHost();

        HttpResponseMessage? last = null;
        foreach (var text in new[] { "我三个小时前转错了500块给一个不认识的人，他还没收款", "对" })
        {
            last = await host.App.Client.PostAsync(Inbound.ExpectReplies(Inbound.Message(text, locale: "zh-CN")));
        }

        var plan = (await last!.ReadRepliesAsync()).Select(r => r!["channelData"]?["recoveryPlan"]).Single(p => p is not null)!;
        Assert.Empty(plan["followUps"]!.AsArray());
        Assert.Empty(await host.Store.PendingAsync(FollowUpHost.StateKey, default));
    }

    [Fact]
    public async Task FollowUpsDisabled_NoneIsScheduledOrPromised()
    {
        await using var host = new FollowUpHost(new Dictionary<string, string?> { ["FollowUps:Enabled"] = "false" });

        await host.SendAsync("我三个小时前转错了500块给一个不认识的人，他还没收款", "对");
        await host.AdvanceAsync(UntilDue);

        var plan = host.Connector.Requests.Select(r => System.Text.Json.Nodes.JsonNode.Parse(r.Body)!["channelData"]?["recoveryPlan"]).Single(p => p is not null)!;
        Assert.Empty(plan["followUps"]!.AsArray());
        Assert.Empty(await host.Store.PendingAsync(FollowUpHost.StateKey, default));
        Assert.Empty(host.FollowUpsSent);
    }

    [Fact]
    public async Task AnswerToTheFollowUp_GoesThroughTheNormalTurnAndMovesThePlan()
    {
        await using var host = new FollowUpHost();
        await host.PlanTransferAsync();
        await host.AdvanceAsync(UntilDue);

        await host.SendAsync("钱回来了");

        Assert.Equal(Phase.Finished, (await host.StateAsync()).Phase);
        Assert.Contains(host.Connector.Requests, r => r.Body.Contains(ConversationTestText("plan.success"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task ChannelFailsWith503_IsTriedAgainAfterThePause_WithTheSameActivity_AndTheTurnRunsOnce()
    {
        await using var host = new FollowUpHost(new Dictionary<string, string?> { ["FollowUps:RetryAfterSeconds"] = "60" });
        await host.PlanTransferAsync();
        host.FollowUpStatus = HttpStatusCode.ServiceUnavailable;
        await host.AdvanceAsync(UntilDue);
        var firstTurnAt = (await host.StateAsync()).LastFollowUpAt;
        host.FollowUpStatus = HttpStatusCode.OK;

        await host.AdvanceAsync(TimeSpan.FromSeconds(30));
        Assert.Single(host.FollowUpsSent);
        await host.AdvanceAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(2, host.FollowUpsSent.Count);
        Assert.Equal(host.FollowUpsSent[0].ToJsonString(), host.FollowUpsSent[1].ToJsonString());
        Assert.Equal(firstTurnAt, (await host.StateAsync()).LastFollowUpAt);
        Assert.Empty(await host.Store.PendingAsync(FollowUpHost.StateKey, default));
    }

    [Fact]
    public async Task ChannelAnswers404_DropsTheFollowUpWithoutRetrying()
    {
        await using var host = new FollowUpHost();
        await host.PlanTransferAsync();
        host.FollowUpStatus = HttpStatusCode.NotFound;

        await host.AdvanceAsync(UntilDue);
        await host.AdvanceAsync(TimeSpan.FromHours(1));

        Assert.Single(host.FollowUpsSent);
        Assert.Empty(await host.Store.PendingAsync(FollowUpHost.StateKey, default));
    }

    [Fact]
    public async Task ChannelKeepsFailing_IsGivenUpAfterTheLastAttempt()
    {
        await using var host = new FollowUpHost(new Dictionary<string, string?> { ["FollowUps:MaxAttempts"] = "3", ["FollowUps:RetryAfterSeconds"] = "10" });
        await host.PlanTransferAsync();
        host.FollowUpStatus = HttpStatusCode.BadGateway;

        await host.AdvanceAsync(UntilDue);
        await host.AdvanceAsync(TimeSpan.FromSeconds(15));
        await host.AdvanceAsync(TimeSpan.FromSeconds(30));
        await host.AdvanceAsync(TimeSpan.FromHours(1));

        Assert.Equal(3, host.FollowUpsSent.Count);
        Assert.Empty(await host.Store.PendingAsync(FollowUpHost.StateKey, default));
    }

    [Fact]
    public async Task DeleteMyData_CancelsThePendingFollowUps()
    {
        await using var host = new FollowUpHost();
        await host.PlanTransferAsync();

        await host.SendAsync("删除我的数据");
        await host.AdvanceAsync(UntilDue);

        Assert.Empty(await host.Store.PendingAsync(FollowUpHost.StateKey, default));
        Assert.Empty(host.FollowUpsSent);
    }

    [Fact]
    public async Task InstanceDiedAfterClaiming_FollowUpIsSentOnceWhenTheLeaseEnds()
    {
        await using var host = new FollowUpHost(new Dictionary<string, string?> { ["FollowUps:LeaseSeconds"] = "120" });
        var followUp = await host.PlanTransferAsync();
        await host.AdvanceAsync(followUp.Due - host.Time.GetUtcNow() - TimeSpan.FromSeconds(1));
        var dead = Assert.Single(await host.Store.ClaimDueAsync(followUp.Due, TimeSpan.FromSeconds(120), 10, "dead-instance", default));

        Assert.Equal(0, await host.AdvanceAsync(TimeSpan.FromSeconds(60)));
        Assert.Equal(1, await host.AdvanceAsync(TimeSpan.FromSeconds(61)));
        Assert.Equal(0, await host.AdvanceAsync(TimeSpan.FromMinutes(10)));

        Assert.Equal(dead.ActivityId(0), Assert.Single(host.FollowUpsSent)["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task InstanceDiedAfterTheTurnBeforeSending_TheSavedMessageIsSentAndTheTurnIsNotRunAgain()
    {
        await using var host = new FollowUpHost();
        await host.PlanTransferAsync();
        host.Time.Advance(UntilDue);
        var dead = Assert.Single(await host.Store.ClaimDueAsync(host.Time.GetUtcNow(), TimeSpan.FromSeconds(120), 10, "dead-instance", default));
        var input = new TurnInput(InputKind.FollowUp, null) { FollowUpStepId = dead.StepId };
        var saved = await host.App.Services.GetRequiredService<TurnRunner>().RunAsync(dead.StateKey, input, dead.Id, default, onlyExisting: true);
        var turnAt = host.Time.GetUtcNow();

        await host.AdvanceAsync(TimeSpan.FromMinutes(3));

        Assert.Equal(Assert.Single(saved.Replies).Text, Assert.Single(host.FollowUpsSent)["text"]!.GetValue<string>());
        Assert.Equal(turnAt, (await host.StateAsync()).LastFollowUpAt);
    }

    private static string ConversationTestText(string key) => Conversation.ConversationTestClient.Text("zh-CN", key);
}
