using RecoveryBot.Tests.Infrastructure;

namespace RecoveryBot.Tests.DirectLine;

/// <summary>删除我的数据 in the web chat: the conversation state and the server's transcript both go.</summary>
[Collection(RedisTests.Name)]
public sealed class DirectLineEraseTests(RedisServer redis)
{
    [Theory]
    [InlineData("memory")]
    [InlineData("redis")]
    public async Task DeleteMyData_LeavesOnlyTheConfirmationInTheTranscript(string store)
    {
        var settings = store == "redis"
            ? new Dictionary<string, string?> { ["Storage:Kind"] = "redis", ["Storage:Redis"] = redis.ConnectionString, ["Storage:RedisKeyPrefix"] = RedisServer.UniquePrefix() }
            : null;
        await using var app = new DirectLineApp(realConversation: true, settings: settings);
        var grant = await app.StartAsync();
        (await app.PostMessageAsync(grant, "我三个小时前转错了500块", "c1")).EnsureSuccessStatusCode();
        Assert.Contains("500", (await app.GetActivitiesAsync(grant)).ToString(), StringComparison.Ordinal);

        (await app.PostMessageAsync(grant, "删除我的数据", "c2")).EnsureSuccessStatusCode();
        var transcript = await app.GetActivitiesAsync(grant);

        var activities = transcript.GetProperty("activities").EnumerateArray().ToList();
        var confirmation = Assert.Single(activities);
        Assert.Equal("bot", confirmation.GetProperty("from").GetProperty("role").GetString());
        Assert.Contains("删除", confirmation.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("500", transcript.ToString(), StringComparison.Ordinal);
        Assert.True(int.Parse(transcript.GetProperty("watermark").GetString()!, System.Globalization.CultureInfo.InvariantCulture) > 3);
    }
}
