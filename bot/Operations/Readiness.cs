using RecoveryBot.Bot.Storage;
using RecoveryBot.Dialogs.Knowledge;

namespace RecoveryBot.Bot.Operations;

/// <summary>
/// What <c>/readyz</c> checks: the knowledge folder loaded and validated, and the state store answering a
/// read within <see cref="StoreTimeout"/>. Failures name the check, never internals.
/// </summary>
public sealed class Readiness(IServiceProvider services, IStorage storage)
{
    public const string ProbeKey = "readiness/probe";

    public static readonly TimeSpan StoreTimeout = TimeSpan.FromSeconds(2);

    public async Task<ReadinessReport> CheckAsync(CancellationToken cancellationToken)
    {
        var knowledge = KnowledgeLoaded();
        var store = await StoreReachableAsync(cancellationToken);
        return new ReadinessReport(knowledge && store, knowledge ? "loaded" : "failed", store ? "reachable" : "unreachable");
    }

    private bool KnowledgeLoaded()
    {
        try
        {
            return services.GetService<KnowledgeBase>() is not null;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return false;
        }
    }

    private async Task<bool> StoreReachableAsync(CancellationToken cancellationToken)
    {
        try
        {
            await storage.ReadAsync([ProbeKey], cancellationToken).WaitAsync(StoreTimeout, cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
