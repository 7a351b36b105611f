using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RecoveryBot.Bot.Operations;
using RecoveryBot.Tests.Host;

namespace RecoveryBot.Tests.Operations;

[Collection(SequentialTests.Name)]
public sealed class GracefulShutdownTests
{
    [Fact]
    public async Task Shutdown_WaitsForTheTurnInFlightToSaveAndAnswer()
    {
        await using var app = new BotApp();
        var shutdown = app.Services.GetServices<IHostedService>().OfType<GracefulShutdown>().Single();
        var inFlight = app.Services.GetRequiredService<TurnsInFlight>();

        var request = app.Client.PostAsync(Inbound.ExpectReplies(Inbound.Message(ScriptedConversation.Slow, conversationId: "slow")));
        await app.Conversation.SlowTurnStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var stopping = shutdown.StoppedAsync(CancellationToken.None);
        await Task.Delay(100);

        Assert.Equal(1, inFlight.Count);
        Assert.False(stopping.IsCompleted);
        var response = await request;
        await stopping.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("turn 1 slow", Assert.Single(await response.ReadRepliesAsync())!.Str("text"));
        Assert.Equal(0, inFlight.Count);
    }

    [Fact]
    public async Task Shutdown_GivesUpAtTheTimeout()
    {
        await using var app = new BotApp();
        var shutdown = app.Services.GetServices<IHostedService>().OfType<GracefulShutdown>().Single();

        var request = app.Client.PostAsync(Inbound.ExpectReplies(Inbound.Message(ScriptedConversation.Slow, conversationId: "slow")));
        await app.Conversation.SlowTurnStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await shutdown.StoppedAsync(timeout.Token);

        Assert.Contains(app.Logs.Lines, line => line.Contains("still in flight", StringComparison.Ordinal));
        await request;
    }
}
