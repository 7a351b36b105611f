using RecoveryBot.Bot.Storage;
using RecoveryBot.Bot.Turns;
using RecoveryBot.Tests.Host;
using RecoveryBot.Tests.Infrastructure;

namespace RecoveryBot.Tests.Storage;

/// <summary>Two bot instances sharing one real Redis, as behind a load balancer.</summary>
[Collection(RedisTests.Name)]
public sealed class RedisInstancesTests(RedisServer redis)
{
    [Fact]
    public async Task DoubleTaps_SplitOverTwoInstances_AreEachAnsweredOnceAndNoneIsLost()
    {
        var prefix = RedisServer.UniquePrefix();
        await using var one = BotApp.WithRedis(redis.ConnectionString, prefix);
        await using var two = BotApp.WithRedis(redis.ConnectionString, prefix);
        const int taps = 12;

        var texts = new List<string?>();
        for (var round = 0; round < taps / 2; round++)
        {
            // Both messages of a double tap leave at once, one to each instance.
            var pair = await Task.WhenAll(
                one.Client.PostAsync(Inbound.ExpectReplies(Inbound.Message("tap", conversationId: "double-tap"))),
                two.Client.PostAsync(Inbound.ExpectReplies(Inbound.Message("tap", conversationId: "double-tap"))));
            foreach (var response in pair)
            {
                texts.Add(Assert.Single(await response.ReadRepliesAsync())!.Str("text"));
            }
        }

        Assert.Equal(Enumerable.Range(1, taps).Select(n => $"turn {n}"), texts.Order(StringComparer.Ordinal).OrderBy(t => t!.Length));
        var stored = (await one.Storage.ReadAsync([ConversationStateKeys.For("emulator", "double-tap")])).Values.Single();
        Assert.Equal(taps, StoredConversationSerializer.Deserialize(stored.Value).State.TurnCount);
    }

    [Fact]
    public async Task ManyMessagesOfOneConversationAtOnce_OnTwoInstances_AllRunOneAfterTheOther()
    {
        var prefix = RedisServer.UniquePrefix();
        await using var one = BotApp.WithRedis(redis.ConnectionString, prefix);
        await using var two = BotApp.WithRedis(redis.ConnectionString, prefix);

        var responses = await Task.WhenAll(Enumerable.Range(0, 16).Select(i =>
            (i % 2 == 0 ? one : two).Client.PostAsync(Inbound.ExpectReplies(Inbound.Message("tap", conversationId: "burst")))));

        var texts = new List<string>();
        foreach (var response in responses)
        {
            texts.Add(Assert.Single(await response.ReadRepliesAsync())!.Str("text")!);
        }

        Assert.Equal(Enumerable.Range(1, 16).Select(n => $"turn {n}").Order(StringComparer.Ordinal), texts.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task RetriedActivity_OnTheOtherInstance_GetsTheSameAnswerAndRunsNoSecondTurn()
    {
        var prefix = RedisServer.UniquePrefix();
        await using var one = BotApp.WithRedis(redis.ConnectionString, prefix);
        await using var two = BotApp.WithRedis(redis.ConnectionString, prefix);
        var activity = Inbound.ExpectReplies(Inbound.Message("hello", conversationId: "retry"));

        var first = await one.Client.PostAsync(activity);
        var retry = await two.Client.PostAsync(activity);
        var next = await two.Client.PostAsync(Inbound.ExpectReplies(Inbound.Message("hello", conversationId: "retry")));

        Assert.Equal("turn 1", (await first.ReadRepliesAsync())[0].Str("text"));
        Assert.Equal("turn 1", (await retry.ReadRepliesAsync())[0].Str("text"));
        Assert.Equal("turn 2", (await next.ReadRepliesAsync())[0].Str("text"));
        Assert.Single(one.Conversation.Inputs);
        Assert.Single(two.Conversation.Inputs);
    }

    [Fact]
    public async Task RedisStore_IsChosenByConfiguration()
    {
        await using var app = BotApp.WithRedis(redis.ConnectionString, RedisServer.UniquePrefix());

        Assert.IsType<RedisStorage>(app.Storage);
    }
}
