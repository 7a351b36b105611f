using System.Net;

namespace RecoveryBot.Tests.Host;

public class StateIsolationTests
{
    [Fact]
    public async Task TwoConversations_NeverSeeEachOthersState()
    {
        await using var app = new BotApp();

        for (var i = 0; i < 3; i++)
        {
            await app.Client.PostAsync(Inbound.ExpectReplies(Inbound.Message("a", conversationId: "conv-a")));
        }

        var other = await app.Client.PostAsync(Inbound.ExpectReplies(Inbound.Message("b", conversationId: "conv-b")));
        var again = await app.Client.PostAsync(Inbound.ExpectReplies(Inbound.Message("a", conversationId: "conv-a")));

        Assert.Equal("turn 1", (await other.ReadRepliesAsync())[0].Str("text"));
        Assert.Equal("turn 4", (await again.ReadRepliesAsync())[0].Str("text"));
    }

    [Theory]
    [InlineData("x/conversations/y", "x%2Fconversations%2Fy")]
    [InlineData("ABC", "abc")]
    public async Task ConversationIds_ThatCouldCollide_KeepSeparateState(string first, string second)
    {
        await using var app = new BotApp();

        await app.Client.PostAsync(Inbound.ExpectReplies(Inbound.Message("a", conversationId: first)));
        var response = await app.Client.PostAsync(Inbound.ExpectReplies(Inbound.Message("b", conversationId: second)));

        Assert.Equal("turn 1", (await response.ReadRepliesAsync())[0].Str("text"));
    }

    [Fact]
    public async Task SameConversationIdOnTwoChannels_KeepsSeparateState()
    {
        await using var app = new BotApp();

        await app.Client.PostAsync(Inbound.ExpectReplies(Inbound.Message("a", channelId: "emulator")));
        var response = await app.Client.PostAsync(Inbound.ExpectReplies(Inbound.Message("b", channelId: "webchat")));

        Assert.Equal("turn 1", (await response.ReadRepliesAsync())[0].Str("text"));
    }

    [Fact]
    public async Task ConcurrentMessagesOfOneConversation_AreAllProcessedInTurn()
    {
        await using var app = new BotApp();
        const int taps = 8;

        var responses = await Task.WhenAll(Enumerable.Range(0, taps)
            .Select(_ => app.Client.PostAsync(Inbound.ExpectReplies(Inbound.Message("tap")))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var texts = new List<string?>();
        foreach (var response in responses)
        {
            texts.Add((await response.ReadRepliesAsync())[0].Str("text"));
        }

        Assert.Equal(Enumerable.Range(1, taps).Select(n => $"turn {n}").Order(), texts.Order());
    }
}
