using System.Text.Json;
using System.Text.Json.Nodes;
using RecoveryBot.Bot.Protocol;
using RecoveryBot.Bot.Turns;
using RecoveryBot.Dialogs.Conversation;
using RecoveryBot.Dialogs.Model;

namespace RecoveryBot.Tests.Host;

/// <summary>The plan message: an Adaptive Card under its heading for clients that draw cards, the same as text in the terminal.</summary>
public class PlanCardTests
{
    private static readonly PlanOverview Overview = new(
        "根据你的情况，建议按这个顺序做：",
        [new PlanOverviewStep(1, "请对方点“立即退还”", "第1步：请对方点“立即退还”", "明天 17:15之前"), new PlanOverviewStep(2, "等它自动退回", "第2步：等它自动退回", null)],
        0,
        "现在做这一步",
        ["每一步都可以点“为什么”“来源”看依据。"],
        ["如果不行呢？", "来源"]);

    private static readonly RecoveryPlanContract Contract = new(
        new SituationContract(PaymentKind.Transfer, null, 500m, "CNY", RecipientAction.NotAccepted, Reason.Mistake),
        [new PlanStepContract("ask-recipient-return", "请对方点“立即退还”", null), new PlanStepContract("wait-auto-refund", "等它自动退回", null)]);

    private static readonly BotReply PlanReply = new(
        "根据你的情况，建议按这个顺序做：\n1. 请对方点“立即退还”（明天 17:15之前）\n2. 等它自动退回\n\n每一步都可以点“为什么”“来源”看依据。",
        Language.ZhCn,
        [],
        Plan: Contract)
    { Overview = Overview };

    [Theory]
    [InlineData(Channels.WebChat)]
    [InlineData(Channels.DirectLine)]
    [InlineData(Channels.Emulator)]
    [InlineData("msteams")]
    public void OnARichChannel_ThePlanIsACardUnderItsHeading_AndTheContractIsUnchanged(string channel)
    {
        var activity = ReplyActivityFactory.FromReply(Inbound(channel), PlanReply);

        Assert.Equal("根据你的情况，建议按这个顺序做：", activity.Text);
        Assert.Equal("markdown", activity.TextFormat);
        var attachment = JsonNode.Parse(activity.Attachments!.Value.GetRawText())!.AsArray().Single()!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment["contentType"]!.GetValue<string>());
        var card = attachment["content"]!;
        Assert.Equal("AdaptiveCard", card["type"]!.GetValue<string>());
        Assert.Equal("1.5", card["version"]!.GetValue<string>());
        Assert.Equal(PlanReply.Text, card["fallbackText"]!.GetValue<string>());
        var channelData = JsonNode.Parse(activity.ChannelData!.Value.GetRawText())!;
        Assert.Equal(
            JsonSerializer.Serialize(new ReplyChannelData(null, Contract), ProtocolJson.Options),
            channelData.ToJsonString(ProtocolJson.Options));
    }

    [Fact]
    public void TheCard_ListsEveryStepWithItsDueTime_AndMarksTheCurrentOne()
    {
        var card = CardOf(ReplyActivityFactory.FromReply(Inbound(Channels.WebChat), PlanReply));

        var rows = card["body"]!.AsArray().Where(e => e!["type"]!.GetValue<string>() == "Container").ToList();
        Assert.Equal(2, rows.Count);
        var first = TextsIn(rows[0]!);
        var second = TextsIn(rows[1]!);
        Assert.Equal(["●", "第1步：请对方点“立即退还”", "明天 17:15之前", "现在做这一步"], first);
        Assert.Equal(["○", "第2步：等它自动退回"], second);
        Assert.Equal("emphasis", rows[0]!["style"]!.GetValue<string>());
        Assert.Null(rows[1]!["style"]);
    }

    [Fact]
    public void TheCardsButtons_SendTheirTextBack_InWebChatsAndTeamsDialects()
    {
        var card = CardOf(ReplyActivityFactory.FromReply(Inbound(Channels.WebChat), PlanReply));

        var actions = card["actions"]!.AsArray();
        Assert.Equal(["如果不行呢？", "来源"], actions.Select(a => a!["title"]!.GetValue<string>()));
        var data = actions[0]!["data"]!;
        Assert.Equal("Action.Submit", actions[0]!["type"]!.GetValue<string>());
        Assert.True(data["__isBotFrameworkCardAction"]!.GetValue<bool>());
        Assert.Equal("imBack", data["cardAction"]!["type"]!.GetValue<string>());
        Assert.Equal("如果不行呢？", data["cardAction"]!["value"]!.GetValue<string>());
        Assert.Equal("imBack", data["msteams"]!["type"]!.GetValue<string>());
        Assert.Equal("如果不行呢？", data["msteams"]!["value"]!.GetValue<string>());
    }

    [Fact]
    public void InTheTerminal_ThePlanIsPlainTextWithItsList_AndNoCard()
    {
        var activity = ReplyActivityFactory.FromReply(Inbound(Channels.Terminal), PlanReply);

        Assert.Equal(PlanReply.Text, activity.Text);
        Assert.Equal("plain", activity.TextFormat);
        Assert.Null(activity.Attachments);
        Assert.NotNull(activity.ChannelData);
    }

    private static Activity Inbound(string channel) => new()
    {
        Type = ActivityTypes.Message,
        Id = "1",
        ChannelId = channel,
        Conversation = new ConversationAccount { Id = "c" },
        From = new ChannelAccount { Id = "u" },
        Recipient = new ChannelAccount { Id = "b" },
        Text = "对",
    };

    private static JsonNode CardOf(Activity activity) =>
        JsonNode.Parse(activity.Attachments!.Value.GetRawText())!.AsArray().Single()!["content"]!;

    private static List<string> TextsIn(JsonNode node) =>
        node is JsonObject obj
            ? [.. (obj["type"]?.GetValue<string>() == "TextBlock" ? [obj["text"]!.GetValue<string>()] : Array.Empty<string>())
                .Concat(obj.Where(p => p.Value is JsonArray).SelectMany(p => p.Value!.AsArray().SelectMany(child => TextsIn(child!))))]
            : [];
}
