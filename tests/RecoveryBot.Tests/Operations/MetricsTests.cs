using System.Diagnostics.Metrics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using RecoveryBot.Bot.Operations;
using RecoveryBot.Tests.Host;

namespace RecoveryBot.Tests.Operations;

public sealed class MetricsTests
{
    [Fact]
    public async Task Turns_AreCountedByOutcome_AndTheirDurationRecorded()
    {
        await using var app = new BotApp();
        var meters = app.Services.GetRequiredService<IMeterFactory>();
        using var turns = new MetricCollector<long>(meters, BotMetrics.MeterName, "recoverybot.turns");
        using var durations = new MetricCollector<double>(meters, BotMetrics.MeterName, "recoverybot.turn.duration");
        using var errors = new MetricCollector<long>(meters, BotMetrics.MeterName, "recoverybot.errors");
        using var rejected = new MetricCollector<long>(meters, BotMetrics.MeterName, "recoverybot.requests.rejected");
        var activity = Inbound.ExpectReplies(Inbound.Message("hi"));

        await app.Client.PostAsync(activity);
        await app.Client.PostAsync(activity);
        await app.Client.PostAsync(Inbound.ExpectReplies(Inbound.Message(ScriptedConversation.Boom)));
        await app.Client.PostRawAsync("{not json");

        Assert.Equal(["completed", "replayed", "failed"], turns.GetMeasurementSnapshot().Select(m => (string)m.Tags["outcome"]!));
        Assert.All(turns.GetMeasurementSnapshot(), m => Assert.Equal("emulator", m.Tags["channel"]));
        Assert.Equal(3, durations.GetMeasurementSnapshot().Count);
        Assert.Equal("turn", Assert.Single(errors.GetMeasurementSnapshot()).Tags["kind"]);
        Assert.Equal("bad_request", Assert.Single(rejected.GetMeasurementSnapshot()).Tags["reason"]);
    }

    [Fact]
    public async Task ChannelTag_IsBoundedToKnownChannels()
    {
        await using var app = new BotApp();
        using var turns = new MetricCollector<long>(app.Services.GetRequiredService<IMeterFactory>(), BotMetrics.MeterName, "recoverybot.turns");

        var response = await app.Client.PostAsync(Inbound.ExpectReplies(Inbound.Message("hi", channelId: "made-up-" + Guid.NewGuid())));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("other", Assert.Single(turns.GetMeasurementSnapshot()).Tags["channel"]);
    }
}
