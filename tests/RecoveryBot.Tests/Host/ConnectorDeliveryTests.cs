using System.Net;
using Moq;

namespace RecoveryBot.Tests.Host;

public class ConnectorDeliveryTests
{
    [Fact]
    public async Task Message_Normal_PostsOneReplyToActivityPerReply()
    {
        await using var app = new BotApp();

        var response = await app.Client.PostAsync(Inbound.Message(ScriptedConversation.Two, id: Inbound.ActivityId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        app.Connector.VerifyCalls(Times.Exactly(2));
        var requests = app.Connector.Requests.ToArray();
        Assert.All(requests, request =>
        {
            Assert.Equal(HttpMethod.Post, request.Method);
            Assert.Equal("http://localhost:53559/v3/conversations/9f1c2a%7Clivechat/activities/9f1c2a%7C0000001", request.Uri.AbsoluteUri);
            Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
        });
        Assert.Equal(["turn 1 first", "turn 1 second"], requests.Select(r => r.ParseBody().Str("text")));
    }

    [Fact]
    public async Task Message_Normal_ReplyBodyCarriesConversationReference()
    {
        await using var app = new BotApp();

        await app.Client.PostAsync(Inbound.Message(ScriptedConversation.Ask, id: Inbound.ActivityId));

        var body = Assert.Single(app.Connector.Requests).ParseBody();
        Assert.Equal("message", body.Str("type"));
        Assert.Null(body["id"]);
        Assert.Equal(Inbound.ActivityId, body.Str("replyToId"));
        Assert.Equal(Inbound.BotId, body.Str("from.id"));
        Assert.Equal("bot", body.Str("from.role"));
        Assert.Equal(Inbound.UserId, body.Str("recipient.id"));
        Assert.Equal(Inbound.ConversationId, body.Str("conversation.id"));
        Assert.Equal("emulator", body.Str("channelId"));
        Assert.Equal(Inbound.EmulatorServiceUrl, body.Str("serviceUrl"));
        Assert.Equal("en-US", body.Str("locale"));
        Assert.Equal("expectingInput", body.Str("inputHint"));
        Assert.Equal("amount", body.Str("channelData.expecting"));
        Assert.Null(body["deliveryMode"]);
    }

    [Theory]
    [InlineData("https://directline.botframework.com/")]
    [InlineData("https://directline.botframework.com")]
    public async Task Message_ServiceUrlWithOrWithoutTrailingSlash_BuildsOneSlashBeforeV3(string serviceUrl)
    {
        await using var app = new BotApp();

        await app.Client.PostAsync(Inbound.Message("hi", conversationId: "a:b@c;d", channelId: "directline", serviceUrl: serviceUrl, id: Inbound.ActivityId));

        Assert.Equal(
            "https://directline.botframework.com/v3/conversations/a%3Ab%40c%3Bd/activities/9f1c2a%7C0000001",
            Assert.Single(app.Connector.Requests).Uri.AbsoluteUri);
    }

    [Fact]
    public async Task Message_ServiceUrlWithPath_KeepsThePath()
    {
        await using var app = new BotApp();

        await app.Client.PostAsync(Inbound.Message("hi", serviceUrl: "http://127.0.0.1:5000/connector", id: Inbound.ActivityId));

        Assert.Equal(
            "http://127.0.0.1:5000/connector/v3/conversations/9f1c2a%7Clivechat/activities/9f1c2a%7C0000001",
            Assert.Single(app.Connector.Requests).Uri.AbsoluteUri);
    }

    [Fact]
    public async Task Message_WhenConnectorFails_StillSavesStateAndAnswers200()
    {
        await using var app = new BotApp(connector: new ConnectorRecorder(call => call == 1 ? HttpStatusCode.InternalServerError : HttpStatusCode.OK));

        var failed = await app.Client.PostAsync(Inbound.Message("first"));
        var next = await app.Client.PostAsync(Inbound.ExpectReplies(Inbound.Message("second")));

        Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        Assert.Equal("turn 2", (await next.ReadRepliesAsync())[0].Str("text"));
    }

    [Fact]
    public async Task Message_WhenFirstReplyFails_DoesNotSendTheRestOutOfOrder()
    {
        await using var app = new BotApp(connector: new ConnectorRecorder(_ => HttpStatusCode.BadGateway));

        var response = await app.Client.PostAsync(Inbound.Message(ScriptedConversation.Two));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        app.Connector.VerifyCalls(Times.Once());
    }

    [Theory]
    [InlineData(HttpStatusCode.Created)]
    [InlineData(HttpStatusCode.Accepted)]
    public async Task Message_ConnectorAnswersAny2xx_SendsEveryReply(HttpStatusCode status)
    {
        await using var app = new BotApp(connector: new ConnectorRecorder(_ => status));

        await app.Client.PostAsync(Inbound.Message(ScriptedConversation.Two));

        app.Connector.VerifyCalls(Times.Exactly(2));
    }
}
