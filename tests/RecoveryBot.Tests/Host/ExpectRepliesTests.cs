using System.Net;
using System.Text.Json.Nodes;
using Moq;

namespace RecoveryBot.Tests.Host;

public class ExpectRepliesTests
{
    [Fact]
    public async Task Message_WithExpectReplies_ReturnsRepliesInBodyWithoutOutboundCall()
    {
        await using var app = new BotApp();

        var response = await app.Client.PostAsync(Inbound.ExpectReplies(Inbound.Message(ScriptedConversation.Ask, id: Inbound.ActivityId)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await response.ReadRepliesAsync())!;
        Assert.Equal("message", reply.Str("type"));
        Assert.Equal(Inbound.ActivityId, reply.Str("replyToId"));
        Assert.Equal("en-US", reply.Str("locale"));
        Assert.Equal("expectingInput", reply.Str("inputHint"));
        Assert.Equal("bot", reply.Str("from.role"));
        Assert.Equal(Inbound.BotId, reply.Str("from.id"));
        Assert.Equal(Inbound.UserId, reply.Str("recipient.id"));
        Assert.Equal(Inbound.ConversationId, reply.Str("conversation.id"));
        Assert.Equal("emulator", reply.Str("channelId"));
        Assert.Equal(Inbound.EmulatorServiceUrl, reply.Str("serviceUrl"));
        Assert.Equal("amount", reply.Str("channelData.expecting"));
        Assert.Null(reply["id"]);
        app.Connector.VerifyCalls(Times.Never());
    }

    [Fact]
    public async Task Message_WithExpectReplies_SendsSuggestedActionsAsImBack()
    {
        await using var app = new BotApp();

        var response = await app.Client.PostAsync(Inbound.ExpectReplies(Inbound.Message(ScriptedConversation.Ask)));

        var actions = (await response.ReadRepliesAsync())[0]!["suggestedActions"]!["actions"]!.AsArray();
        Assert.Equal(2, actions.Count);
        Assert.All(actions, action => Assert.Equal("imBack", action.Str("type")));
        Assert.Equal("500 元", actions[1].Str("title"));
        Assert.Equal("500 元", actions[1].Str("value"));
    }

    [Fact]
    public async Task Message_PlainReply_IsAcceptingInputWithoutChannelDataOrSuggestions()
    {
        await using var app = new BotApp();

        var response = await app.Client.PostAsync(Inbound.ExpectReplies(Inbound.Message("hello")));

        var reply = (await response.ReadRepliesAsync())[0]!.AsObject();
        Assert.Equal("acceptingInput", reply.Str("inputHint"));
        Assert.False(reply.ContainsKey("channelData"));
        Assert.False(reply.ContainsKey("suggestedActions"));
        Assert.False(reply.ContainsKey("attachments"));
    }

    [Fact]
    public async Task Message_ReplyWithPlan_CarriesPlanContractWithCamelCaseEnumsAndOffset()
    {
        await using var app = new BotApp();

        var response = await app.Client.PostAsync(Inbound.ExpectReplies(Inbound.Message(ScriptedConversation.Plan)));

        var plan = (await response.ReadRepliesAsync())[0]!["channelData"]!["recoveryPlan"]!;
        Assert.Equal("transfer", plan.Str("situation.kind"));
        Assert.Equal("notAccepted", plan.Str("situation.recipientAction"));
        Assert.Equal("mistake", plan.Str("situation.reason"));
        Assert.Equal("2026-11-22T20:00:00+08:00", plan.Str("situation.sentAt"));
        Assert.Equal(500m, plan["situation"]!["amount"]!.GetValue<decimal>());
        Assert.Equal("ask-recipient-return", plan["steps"]![0].Str("id"));
        Assert.Equal("2026-11-23T20:00:00+08:00", plan["steps"]![0].Str("due"));
    }

    [Fact]
    public async Task Message_ChineseLanguageReply_SetsZhCnLocale()
    {
        await using var app = new BotApp();

        var response = await app.Client.PostAsync(Inbound.ExpectReplies(Inbound.Message("你好", locale: "zh-CN")));

        Assert.Equal("zh-CN", (await response.ReadRepliesAsync())[0].Str("locale"));
    }

    [Fact]
    public async Task Response_ChineseText_IsWrittenAsUtf8NotEscaped()
    {
        await using var app = new BotApp();

        var response = await app.Client.PostAsync(Inbound.ExpectReplies(Inbound.Message(ScriptedConversation.Ask)));

        Assert.Contains("500 元", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_WithExpectReplies_AndNoServiceUrl_IsProcessed()
    {
        await using var app = new BotApp();
        var activity = Inbound.ExpectReplies(Inbound.Message("hi"));
        activity.Remove("serviceUrl");

        var response = await app.Client.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(await response.ReadRepliesAsync());
    }

    [Fact]
    public async Task DeliveryMode_IsReadCaseInsensitively()
    {
        await using var app = new BotApp();
        var activity = Inbound.Message("hi");
        activity["deliveryMode"] = "ExpectReplies";

        var response = await app.Client.PostAsync(activity);

        Assert.Single(await response.ReadRepliesAsync());
        app.Connector.VerifyCalls(Times.Never());
    }

    [Fact]
    public async Task MemberNames_AreReadCaseInsensitively()
    {
        await using var app = new BotApp();
        var json = Inbound.ExpectReplies(Inbound.Message("hi")).ToJsonString()
            .Replace("\"type\"", "\"Type\"", StringComparison.Ordinal)
            .Replace("\"conversation\"", "\"Conversation\"", StringComparison.Ordinal);

        var response = await app.Client.PostRawAsync(json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Inbound.ConversationId, (await response.ReadRepliesAsync())[0].Str("conversation.id"));
    }

    [Fact]
    public async Task Message_WithExtraMembersAndEntities_IsProcessed()
    {
        await using var app = new BotApp();
        var activity = Inbound.ExpectReplies(Inbound.Message("hi"));
        activity["entities"] = new JsonArray(new JsonObject { ["type"] = "ClientCapabilities", ["requiresBotState"] = true });
        activity["channelData"] = new JsonObject { ["clientActivityID"] = "x1" };
        activity["somethingNew"] = new JsonObject { ["nested"] = 1 };

        var response = await app.Client.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("typing")]
    [InlineData("somethingInvented")]
    public async Task NoTurnTypes_WithExpectReplies_ReturnAnEmptyActivitiesList(string type)
    {
        await using var app = new BotApp();

        var response = await app.Client.PostAsync(Inbound.ExpectReplies(Inbound.OfType(type)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.ReadRepliesAsync());
        app.Connector.VerifyCalls(Times.Never());
    }
}
