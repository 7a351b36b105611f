using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RecoveryBot.Bot.DirectLine;
using RecoveryBot.Bot.Protocol;
using RecoveryBot.Tests.Infrastructure;
using StackExchange.Redis;

namespace RecoveryBot.Tests.DirectLine;

/// <summary>The Direct Line store on a real Redis, seen from two bot instances at once.</summary>
[Collection(RedisTests.Name)]
public sealed class RedisDirectLineStoreTests(RedisServer redis) : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
    private readonly string _prefix = RedisServer.UniquePrefix();
    private readonly ConnectionMultiplexer _otherConnection = redis.Connect();

    public void Dispose() => _otherConnection.Dispose();

    [Fact]
    public async Task Append_NumbersActivities_StampsStrictlyIncreasingTimes_AndTheWatermarkFollows()
    {
        using var store = Store();
        await store.CreateAsync(new DirectLineConversation("c1", "dl_u"), default);

        var stored = await store.AppendAsync("c1", [Message("a"), Message("b")], default);
        var page = await store.ReadAsync("c1", 0, default);

        Assert.Equal(["c1|0000001", "c1|0000002"], stored!.Select(activity => activity.Id));
        Assert.Equal([_time.GetUtcNow(), _time.GetUtcNow().AddMilliseconds(1)], stored!.Select(activity => activity.Timestamp!.Value));
        Assert.Equal(2, page!.Watermark);
        Assert.Equal(["a", "b"], Texts(page));
        Assert.Equal(["b"], Texts((await store.ReadAsync("c1", 1, default))!));
    }

    [Fact]
    public async Task AConversation_KeepsOnlyItsNewestActivities()
    {
        using var store = Store(new DirectLineOptions { MaxActivitiesPerConversation = 3 });
        await store.CreateAsync(new DirectLineConversation("c1", "dl_u"), default);
        await store.AppendAsync("c1", [.. "abcde".Select(letter => Message(letter.ToString()))], default);

        var page = await store.ReadAsync("c1", 0, default);

        Assert.Equal(["c", "d", "e"], Texts(page!));
        Assert.Equal(5, page!.Watermark);
    }

    [Fact]
    public async Task StartSucceedsOnce_UnknownConversationsAreNull_AndIdsAreNotReused()
    {
        using var store = Store();

        Assert.True(await store.CreateAsync(new DirectLineConversation("c1", "dl_u"), default));
        Assert.False(await store.CreateAsync(new DirectLineConversation("c1", "dl_other"), default));
        Assert.True(await store.TryStartAsync("c1", default));
        Assert.False(await store.TryStartAsync("c1", default));
        Assert.False(await store.TryStartAsync("unknown", default));
        Assert.Null(await store.AppendAsync("unknown", [Message("a")], default));
        Assert.Null(await store.ReadAsync("unknown", 0, default));
        Assert.Null(await store.GetAsync("unknown", default));
        Assert.Equal("dl_u", (await store.GetAsync("c1", default))!.UserId);
    }

    [Fact]
    public async Task TwoInstances_AppendingAtOnce_GetDistinctIncreasingIds_AndEachHearsTheOther()
    {
        using var one = Store();
        using var two = Store(connection: _otherConnection);
        await one.CreateAsync(new DirectLineConversation("shared", "dl_u"), default);
        using var heard = new SemaphoreSlim(0);
        using var subscription = two.Subscribe("shared", () => heard.Release());

        var appends = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => (i % 2 == 0 ? one : two).AppendAsync("shared", [Message($"m{i}")], default)));

        var ids = appends.SelectMany(stored => stored!).Select(activity => activity.Id).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Enumerable.Range(1, 20).Select(n => $"shared|{n:D7}"), ids);
        var page = await two.ReadAsync("shared", 0, default);
        Assert.Equal(20, page!.Activities.Count);
        Assert.Equal(20, page.Watermark);
        var stamps = page.Activities.Select(json => JsonSerializer.Deserialize<Activity>(json.Span, ProtocolJson.Options)!.Timestamp!.Value).ToList();
        Assert.Equal(stamps.Order(), stamps);
        Assert.Equal(20, stamps.Distinct().Count());
        Assert.True(await heard.WaitAsync(TimeSpan.FromSeconds(5)), "the other instance heard no append");
    }

    [Fact]
    public async Task Subscribers_StopHearingOnceTheyLeave()
    {
        using var store = Store();
        await store.CreateAsync(new DirectLineConversation("c1", "dl_u"), default);
        var heard = 0;
        var subscription = store.Subscribe("c1", () => Interlocked.Increment(ref heard));
        await store.AppendAsync("c1", [Message("a")], default);
        await WaitUntilAsync(() => Volatile.Read(ref heard) == 1);

        subscription.Dispose();
        await store.AppendAsync("c1", [Message("b")], default);
        await Task.Delay(200);

        Assert.Equal(1, Volatile.Read(ref heard));
    }

    [Fact]
    public async Task Keys_AreVersionedAndExpireWithTheConversationState()
    {
        using var store = Store();
        await store.CreateAsync(new DirectLineConversation("c1", "dl_u"), default);
        await store.AppendAsync("c1", [Message("a")], default);

        var database = redis.Connection.GetDatabase();
        var conversationTtl = await database.KeyTimeToLiveAsync($"{_prefix}v1:dl:conversation:c1");
        var logTtl = await database.KeyTimeToLiveAsync($"{_prefix}v1:dl:log:c1");

        Assert.InRange(conversationTtl!.Value, TimeSpan.FromDays(89.9), TimeSpan.FromDays(90));
        Assert.InRange(logTtl!.Value, TimeSpan.FromDays(89.9), TimeSpan.FromDays(90));
        Assert.Equal(1, (int)await database.HashGetAsync($"{_prefix}v1:dl:conversation:c1", "schema"));
    }

    private RedisDirectLineStore Store(DirectLineOptions? options = null, IConnectionMultiplexer? connection = null) =>
        new(connection ?? redis.Connection, _prefix, TimeSpan.FromDays(90), Options.Create(options ?? new DirectLineOptions()), _time);

    private static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };

    private static List<string?> Texts(ActivityPage page) =>
        [.. page.Activities.Select(json => JsonSerializer.Deserialize<Activity>(json.Span, ProtocolJson.Options)!.Text)];

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(20);
        }
    }
}
