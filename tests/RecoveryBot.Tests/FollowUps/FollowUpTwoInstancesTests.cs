using System.Globalization;
using RecoveryBot.Tests.Infrastructure;
using StackExchange.Redis;
using Xunit.Abstractions;

namespace RecoveryBot.Tests.FollowUps;

/// <summary>
/// Two bot processes on one real Redis. The channel stand-in never answers the first follow-up; the instance that
/// claimed it (the lease's owner in Redis) is then killed with SIGKILL while its send is in flight. When the lease
/// ends the other instance sends the same message (same activity id, replayed from the saved turn), the channel
/// acknowledges it, and nothing more comes: one follow-up, delivered once.
/// </summary>
public sealed class FollowUpTwoInstancesTests(ITestOutputHelper output)
{
    private const int LeaseSeconds = 5;

    [Fact]
    public async Task ClaimerKilledMidSend_TheOtherInstanceDeliversTheFollowUpExactlyOnce()
    {
        using var redis = new RedisServer();
        var prefix = RedisServer.UniquePrefix();
        var settings = new Dictionary<string, string>
        {
            ["Storage__Kind"] = "redis",
            ["Storage__Redis"] = redis.ConnectionString,
            ["Storage__RedisKeyPrefix"] = prefix,
            ["FollowUps__PollIntervalSeconds"] = "0.5",
            ["FollowUps__LeaseSeconds"] = LeaseSeconds.ToString(CultureInfo.InvariantCulture),
        };
        await using var channel = await ChannelStandIn.StartAsync(holdFirstFollowUp: true);
        await using var one = await BotProcess.StartAsync(settings);
        await using var two = await BotProcess.StartAsync(settings);
        using var client = new HttpClient { BaseAddress = one.BaseAddress };
        var user = new RealUser();
        await user.HoldUntilPlanAsync(client, "two-instances|followup", channel.ServiceUrl);

        var untilDue = user.Due - TimeProvider.System.GetUtcNow();
        await channel.FirstFollowUpHeld.WaitAsync(untilDue + TimeSpan.FromMinutes(1));
        var owner = await LeaseOwnerAsync(redis, prefix);
        var claimer = new[] { one, two }.Single(bot => owner.EndsWith("/" + bot.ProcessId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        var survivor = claimer == one ? two : one;
        claimer.Kill();
        var killedAt = channel.Elapsed;

        var delivered = await channel.WaitForAsync(c => c.FollowUps.Any(r => r.Acknowledged), TimeSpan.FromSeconds(LeaseSeconds * 4));
        Assert.True(delivered, $"the survivor did not send the follow-up\n{survivor.Output}");
        await Task.Delay(TimeSpan.FromSeconds(LeaseSeconds + 2));

        var followUps = channel.FollowUps.ToList();
        output.WriteLine($"claimed by {owner}; killed at {killedAt.TotalSeconds:F1} s; requests: " +
            string.Join("; ", followUps.Select(r => $"{r.At.TotalSeconds:F1} s acknowledged={r.Acknowledged} id={r.Activity["id"]}")));
        Assert.Equal(2, followUps.Count);
        Assert.False(followUps[0].Acknowledged);
        Assert.True(followUps[1].Acknowledged);
        Assert.Equal(followUps[0].Activity.ToJsonString(), followUps[1].Activity.ToJsonString());
        Assert.True(followUps[1].At - killedAt >= TimeSpan.FromSeconds(LeaseSeconds) - TimeSpan.FromSeconds(1), "the survivor must wait for the lease");
        Assert.False(survivor.HasExited);
        Assert.Empty(redis.Connection.GetServer(redis.ConnectionString).Keys(pattern: prefix + "v1:fu:item:*"));
    }

    /// <summary>Who holds the lease of the (only) follow-up: <c>{machine}/{pid}</c>.</summary>
    private static async Task<string> LeaseOwnerAsync(RedisServer redis, string prefix)
    {
        var key = Assert.Single(redis.Connection.GetServer(redis.ConnectionString).Keys(pattern: prefix + "v1:fu:item:*"));
        return (string?)await redis.Connection.GetDatabase().HashGetAsync(key, "owner") ?? throw new Xunit.Sdk.XunitException("the follow-up has no lease owner");
    }
}
