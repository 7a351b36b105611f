using RecoveryBot.Bot.Turns;
using RecoveryBot.Tests.Host;
using RecoveryBot.Tests.Infrastructure;

namespace RecoveryBot.Tests.Operations;

/// <summary>Erasing a conversation's data through the whole bot, on every store that keeps it.</summary>
[Collection(RedisTests.Name)]
public sealed class PrivacyTests(RedisServer redis)
{
    [Theory]
    [InlineData("memory")]
    [InlineData("sqlite")]
    [InlineData("redis")]
    public async Task DeleteMyData_ErasesTheStoredConversationAndTheNextMessageStartsAfresh(string store)
    {
        using var database = new Storage.TempDatabase();
        await using var app = store switch
        {
            "redis" => BotApp.WithRedis(redis.ConnectionString, RedisServer.UniquePrefix(), realConversation: true),
            "sqlite" => new BotApp(new Dictionary<string, string?> { ["Storage:Kind"] = "sqlite", ["Storage:SqlitePath"] = database.DatabasePath }, realConversation: true),
            _ => new BotApp(realConversation: true),
        };
        var key = ConversationStateKeys.For("emulator", "private");
        await app.Client.PostAsync(Inbound.ExpectReplies(Inbound.Message("我三个小时前转错了500块", conversationId: "private", locale: "zh-CN")));
        Assert.Contains("500", (await app.Storage.ReadAsync([key]))[key].Value, StringComparison.Ordinal);

        var erased = await app.Client.PostAsync(Inbound.ExpectReplies(Inbound.Message("删除我的数据", conversationId: "private", locale: "zh-CN")));

        Assert.Contains("删除", Assert.Single(await erased.ReadRepliesAsync())!.Str("text"), StringComparison.Ordinal);
        Assert.Empty(await app.Storage.ReadAsync([key]));
        Assert.Contains(app.Logs.Lines, line => line.Contains("erased", StringComparison.Ordinal) && line.Contains("private", StringComparison.Ordinal));

        var next = await app.Client.PostAsync(Inbound.ExpectReplies(Inbound.Message("你好", conversationId: "private", locale: "zh-CN")));
        Assert.DoesNotContain("500", (await next.ReadRepliesAsync()).ToJsonString(), StringComparison.Ordinal);
        if (app.Storage is IDisposable disposable)
        {
            disposable.Dispose();
        }
    }
}
