using System.Text.Json;
using RecoveryBot.Bot.DirectLine;
using RecoveryBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace RecoveryBot.Tests.DirectLine;

/// <summary>Direct Line through two bot instances sharing Redis, as behind a load balancer.</summary>
[Collection(RedisTests.Name)]
public sealed class DirectLineOnTwoInstancesTests(RedisServer redis)
{
    [Fact]
    public async Task AConversationStartedOnOneInstance_GoesOnThroughTheOther()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Kind"] = "redis",
            ["Storage:Redis"] = redis.ConnectionString,
            ["Storage:RedisKeyPrefix"] = RedisServer.UniquePrefix(),
        };
        await using var one = new DirectLineApp(settings: settings);
        await using var two = new DirectLineApp(settings: settings);
        Assert.IsType<RedisDirectLineStore>(one.Services.GetRequiredService<IDirectLineStore>());

        var grant = await one.StartAsync();
        using var posted = await two.PostMessageAsync(grant, "hello");
        var seenByOne = await one.GetActivitiesAsync(grant);

        posted.EnsureSuccessStatusCode();
        var texts = seenByOne.GetProperty("activities").EnumerateArray().Select(a => a.TryGetProperty("text", out var text) ? text.GetString() : null).ToList();
        Assert.Equal(3, texts.Count);
        Assert.StartsWith("welcome", texts[0], StringComparison.Ordinal);
        Assert.Equal("hello", texts[1]);
        Assert.Equal("turn 2", texts[2]);
        Assert.Equal("3", seenByOne.GetProperty("watermark").GetString());
        Assert.Equal(JsonValueKind.Array, (await two.GetActivitiesAsync(grant, "2")).GetProperty("activities").ValueKind);
    }
}
