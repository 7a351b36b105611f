using RecoveryBot.Bot.Storage;
using RecoveryBot.Tests.Host;

namespace RecoveryBot.Tests.Storage;

public class RestartTests
{
    [Fact]
    public async Task Restart_OnTheSameSqliteFile_ResumesEveryConversation()
    {
        using var database = new TempDatabase();
        await using (var first = BotApp.WithSqlite(database.DatabasePath))
        {
            Assert.IsType<SqliteStorage>(first.Storage);
            await first.Client.PostAsync(Inbound.ExpectReplies(Inbound.Message("a", conversationId: "conv-a")));
            await first.Client.PostAsync(Inbound.ExpectReplies(Inbound.Message("a", conversationId: "conv-a")));
            await first.Client.PostAsync(Inbound.ExpectReplies(Inbound.Message("b", conversationId: "conv-b")));
            ((SqliteStorage)first.Storage).Dispose();
        }

        await using var second = BotApp.WithSqlite(database.DatabasePath);
        var a = await second.Client.PostAsync(Inbound.ExpectReplies(Inbound.Message("a", conversationId: "conv-a")));
        var b = await second.Client.PostAsync(Inbound.ExpectReplies(Inbound.Message("b", conversationId: "conv-b")));

        Assert.Equal("turn 3", (await a.ReadRepliesAsync())[0].Str("text"));
        Assert.Equal("turn 2", (await b.ReadRepliesAsync())[0].Str("text"));
        ((SqliteStorage)second.Storage).Dispose();
    }

    [Fact]
    public async Task TwoInstancesOnOneSqliteFile_InterleaveTurnsWithoutLosingAny()
    {
        using var database = new TempDatabase();
        await using var one = BotApp.WithSqlite(database.DatabasePath);
        await using var two = BotApp.WithSqlite(database.DatabasePath);

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            (i % 2 == 0 ? one : two).Client.PostAsync(Inbound.ExpectReplies(Inbound.Message("tap")))));

        var texts = new List<string?>();
        foreach (var response in responses)
        {
            texts.Add((await response.ReadRepliesAsync())[0].Str("text"));
        }

        Assert.Equal(Enumerable.Range(1, 10).Select(n => $"turn {n}").Order(), texts.Order());
        ((SqliteStorage)one.Storage).Dispose();
        ((SqliteStorage)two.Storage).Dispose();
    }
}
