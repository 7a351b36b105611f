using RecoveryBot.Bot.Hosting;

namespace RecoveryBot.Bot.Operations;

/// <summary>
/// On shutdown (SIGTERM, Ctrl-C), after the web server has stopped taking requests, waits for the turns
/// still running to save their state and answer, up to the host's shutdown timeout
/// (<c>Bot:ShutdownTimeoutSeconds</c>). A turn whose caller hung up still runs to the end, so it is waited
/// for too.
/// </summary>
public sealed class GracefulShutdown(TurnsInFlight turns, ILogger<GracefulShutdown> logger) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StoppedAsync(CancellationToken cancellationToken)
    {
        var running = turns.Count;
        if (running == 0)
        {
            return;
        }

        HostLog.WaitingForTurns(logger, running);
        try
        {
            await turns.WhenIdleAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            HostLog.TurnsCutShort(logger, turns.Count);
        }
    }
}
