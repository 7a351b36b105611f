using System.Net;
using System.Text.Json.Nodes;
using RecoveryBot.Tests.Host;
using RecoveryBot.Tests.Infrastructure;

namespace RecoveryBot.Tests.Operations;

[Collection(RedisTests.Name)]
public sealed class HealthTests(RedisServer redis)
{
    [Fact]
    public async Task Healthz_AnswersWhileTheProcessLives()
    {
        await using var app = new BotApp();

        var response = await app.Client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Readyz_KnowledgeLoadedAndStoreReachable_Is200()
    {
        await using var app = BotApp.WithRedis(redis.ConnectionString, RedisServer.UniquePrefix());

        var response = await app.Client.GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("loaded", report.Str("knowledge"));
        Assert.Equal("reachable", report.Str("store"));
    }

    [Fact]
    public async Task Readyz_StoreUnreachable_Is503AndSaysWhich()
    {
        await using var app = BotApp.WithRedis($"127.0.0.1:{FreePort.Next()},connectTimeout=200,asyncTimeout=500", "x:");

        var response = await app.Client.GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("unreachable", JsonNode.Parse(await response.Content.ReadAsStringAsync()).Str("store"));
        Assert.Equal(HttpStatusCode.OK, (await app.Client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);
    }
}
