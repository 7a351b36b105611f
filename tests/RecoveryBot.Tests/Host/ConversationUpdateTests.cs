using System.Net;
using System.Text.Json.Nodes;
using Moq;
using RecoveryBot.Dialogs.Conversation;

namespace RecoveryBot.Tests.Host;

public class ConversationUpdateTests
{
    [Fact]
    public async Task ConversationUpdate_AddingUserOnEmulator_RepliesToTheUpdateWithWelcome()
    {
        await using var app = new BotApp();

        var update = Inbound.ConversationUpdate();
        update["id"] = Inbound.ActivityId;
        var response = await app.Client.PostAsync(update);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var request = Assert.Single(app.Connector.Requests);
        Assert.EndsWith("/activities/9f1c2a%7C0000001", request.Uri.AbsoluteUri, StringComparison.Ordinal);
        Assert.StartsWith(ScriptedConversation.Welcome, request.ParseBody().Str("text"), StringComparison.Ordinal);
        Assert.Equal(InputKind.UserJoined, Assert.Single(app.Conversation.Inputs).Kind);
    }

    [Theory]
    [InlineData("directline")]
    [InlineData("webchat")]
    public async Task ConversationUpdate_OnDirectLineOrWebChat_SendsToConversationWithoutReplyToId(string channelId)
    {
        await using var app = new BotApp();

        await app.Client.PostAsync(Inbound.ConversationUpdate(channelId, Inbound.DirectLineServiceUrl));

        var request = Assert.Single(app.Connector.Requests);
        Assert.Equal("https://directline.botframework.com/v3/conversations/9f1c2a%7Clivechat/activities", request.Uri.AbsoluteUri);
        Assert.Null(request.ParseBody()["replyToId"]);
    }

    [Fact]
    public async Task ConversationUpdate_AddingOnlyTheBot_SendsNothing()
    {
        await using var app = new BotApp();

        var response = await app.Client.PostAsync(Inbound.ConversationUpdate(membersAdded: Inbound.BotId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        app.Connector.VerifyCalls(Times.Never());
        Assert.Empty(app.Conversation.Inputs);
    }

    [Fact]
    public async Task ConversationUpdate_WithEmptyMembersAdded_SendsNothing()
    {
        await using var app = new BotApp();
        var update = Inbound.ConversationUpdate();
        update["membersAdded"] = new JsonArray();

        var response = await app.Client.PostAsync(update);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        app.Connector.VerifyCalls(Times.Never());
    }

    [Fact]
    public async Task ConversationUpdate_WithMembersRemovedOnly_SendsNothing()
    {
        await using var app = new BotApp();
        var update = Inbound.ConversationUpdate();
        update.Remove("membersAdded");
        update["membersRemoved"] = new JsonArray(new JsonObject { ["id"] = Inbound.UserId });

        var response = await app.Client.PostAsync(update);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        app.Connector.VerifyCalls(Times.Never());
    }

    [Fact]
    public async Task ConversationUpdate_WithoutRecipient_StillWelcomesAndSendsFromABotAccount()
    {
        await using var app = new BotApp();
        var update = Inbound.ExpectReplies(Inbound.ConversationUpdate(membersAdded: "offline-user"));
        update.Remove("recipient");

        var response = await app.Client.PostAsync(update);

        var reply = Assert.Single(await response.ReadRepliesAsync());
        Assert.Equal("bot", reply.Str("from.role"));
        Assert.False(string.IsNullOrEmpty(reply.Str("from.id")));
    }

    [Fact]
    public async Task ConversationUpdate_Repeated_IsHandedToTheConversationEachTime()
    {
        await using var app = new BotApp();

        await app.Client.PostAsync(Inbound.ConversationUpdate(membersAdded: Inbound.BotId));
        await app.Client.PostAsync(Inbound.ConversationUpdate(membersAdded: Inbound.UserId));
        await app.Client.PostAsync(Inbound.ConversationUpdate());

        Assert.Equal(2, app.Conversation.Inputs.Count(i => i.Kind == InputKind.UserJoined));
    }
}
