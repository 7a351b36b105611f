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
        Assert.Equal("en-US", replies[0].Str("locale"));
        Assert.False(string.IsNullOrWhiteSpace(replies[0].Str("text")));
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

    [Theory]
    [InlineData("boom 我转错了钱", "en-US", "zh-CN")]
    [InlineData("boom", "zh-CN", "en-US")]
    public async Task TurnThrows_ApologyFollowsTheLanguageOfTheText(string text, string localeHint, string expectedLocale)
    {
        await using var app = new BotApp();

        var response = await app.Client.PostAsync(Inbound.ExpectReplies(Inbound.Message(text, locale: localeHint)));

        Assert.Equal(expectedLocale, (await response.ReadRepliesAsync())[0].Str("locale"));
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
