using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using RecoveryBot.Tests.Host;

namespace RecoveryBot.Tests.Operations;

public sealed class RateLimitTests
{
    [Fact]
    public async Task FloodingConversation_Gets429WithRetryAfter_OthersGoOn_AndItRecovers()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
        await using var app = new BotApp(
            new Dictionary<string, string?> { ["Bot:RateLimitBurst"] = "3", ["Bot:RateLimitPerMinute"] = "30" },
            configureServices: services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await app.Client.PostAsync(Inbound.ExpectReplies(Inbound.Message("hi", conversationId: "flood")))).StatusCode);
        }

        var refused = await app.Client.PostAsync(Inbound.ExpectReplies(Inbound.Message("hi", conversationId: "flood")));
        var other = await app.Client.PostAsync(Inbound.ExpectReplies(Inbound.Message("hi", conversationId: "calm")));
        clock.Advance(TimeSpan.FromSeconds(2));
        var later = await app.Client.PostAsync(Inbound.ExpectReplies(Inbound.Message("hi", conversationId: "flood")));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("2", refused.Headers.GetValues("Retry-After").Single());
        var problem = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;
        Assert.Equal(429, problem["status"]!.GetValue<int>());
        Assert.Contains("30 messages a minute", problem.Str("detail"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
        Assert.Equal(5, app.Conversation.Inputs.Count);
    }

    [Fact]
    public async Task TypingAndOtherNoTurnActivities_AreNotCounted()
    {
        await using var app = new BotApp(new Dictionary<string, string?> { ["Bot:RateLimitBurst"] = "1" });

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await app.Client.PostAsync(Inbound.OfType("typing"))).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await app.Client.PostAsync(Inbound.ExpectReplies(Inbound.Message("hi")))).StatusCode);
    }
}
