using System.Net;

namespace RecoveryBot.Tests.Host;

public class TurnErrorTests
{
    [Fact]
    public async Task TurnThrows_OnEmulator_RepliesWithApologyAndErrorTrace()
    {
        await using var app = new BotApp();

        var response = await app.Client.PostAsync(Inbound.ExpectReplies(Inbound.Message(ScriptedConversation.Boom)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = await response.ReadRepliesAsync();
        Assert.Equal(2, replies.Count);
        Assert.Equal("message", replies[0].Str("type"));
        Assert.Equal(ScriptedConversation.Apology, replies[0].Str("text"));
        Assert.Equal("trace", replies[1].Str("type"));
        Assert.Equal("OnTurnError Trace", replies[1].Str("name"));
        Assert.Equal("TurnError", replies[1].Str("label"));
        Assert.Equal("https://www.botframework.com/schemas/error", replies[1].Str("valueType"));
    }

    [Fact]
    public async Task TurnThrows_OnOtherChannels_SendsApologyOnly()
    {
        await using var app = new BotApp();

        await app.Client.PostAsync(Inbound.Message(ScriptedConversation.Boom, channelId: "directline", serviceUrl: Inbound.DirectLineServiceUrl));

        var request = Assert.Single(app.Connector.Requests);
        Assert.Equal("message", request.ParseBody().Str("type"));
    }

    [Fact]
    public async Task TurnThrows_DeliversTheConversationsOwnApology()
    {
        await using var app = new BotApp();

        var response = await app.Client.PostAsync(Inbound.ExpectReplies(Inbound.Message(ScriptedConversation.Boom, locale: "zh-CN")));

        var apology = (await response.ReadRepliesAsync())[0];
        Assert.Equal(ScriptedConversation.Apology, apology.Str("text"));
        Assert.Equal("zh-CN", apology.Str("locale"));
    }

    [Fact]
    public async Task TurnThrows_StateIsKeptAndTheNextTurnContinues()
    {
        await using var app = new BotApp();

        await app.Client.PostAsync(Inbound.ExpectReplies(Inbound.Message("one")));
        await app.Client.PostAsync(Inbound.ExpectReplies(Inbound.Message(ScriptedConversation.Boom)));
        var after = await (await app.Client.PostAsync(Inbound.ExpectReplies(Inbound.Message("three")))).ReadRepliesAsync();

        Assert.Equal("turn 2", after[0].Str("text"));
    }
}
