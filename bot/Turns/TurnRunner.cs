using Microsoft.Extensions.Options;
using RecoveryBot.Bot.Hosting;
using RecoveryBot.Bot.Operations;
using RecoveryBot.Bot.Storage;
using RecoveryBot.Dialogs.Conversation;

namespace RecoveryBot.Bot.Turns;

/// <summary>
/// Runs one turn of one conversation: load its stored form with the eTag, answer a retried activity from
/// what was stored, otherwise run the conversation and save with compare-and-swap, and only then hand back
/// the replies. A lost save (another writer got there first, e.g. a second bot instance working on a double
/// tap) re-runs the turn on the fresh state after a short random pause, a bounded number of times. Turns of
/// one conversation in this process are serialised. A turn that asks for the user's data to be erased
/// deletes the key instead of saving.
/// </summary>
public sealed class TurnRunner(
    IStorage storage,
    IRecoveryConversation conversation,
    KeyedAsyncLock conversationLocks,
    IOptions<BotHostOptions> options,
    TimeProvider timeProvider,
    BotMetrics metrics,
    ILogger<TurnRunner> logger)
{
    /// <param name="activityId">The inbound activity's id; a turn for an id already answered is not run again.</param>
    /// <param name="onlyExisting">
    /// Run only if the conversation has stored state (a follow-up must not bring back a conversation that was erased
    /// or has expired); otherwise nothing runs and there are no replies.
    /// </param>
    /// <exception cref="StorageConflictException">Every attempt lost its save.</exception>
    public async Task<TurnResult> RunAsync(string stateKey, TurnInput input, string? activityId, CancellationToken cancellationToken, bool onlyExisting = false)
    {
        using var conversationLock = await conversationLocks.AcquireAsync(stateKey, cancellationToken);
        var maxAttempts = Math.Max(1, options.Value.MaxTurnAttempts);
        for (var attempt = 1; ; attempt++)
        {
            var read = await storage.ReadAsync([stateKey], cancellationToken);
            read.TryGetValue(stateKey, out var item);
            if (item is null && onlyExisting)
            {
                return new TurnResult([]);
            }

            var stored = StoredConversationSerializer.Deserialize(item?.Value);
            if (stored.Find(activityId) is { } answered)
            {
                return new TurnResult(answered.Replies, Replayed: true);
            }

            var outcome = conversation.RunTurn(stored.State, input);
            if (outcome.DeleteState)
            {
                await storage.DeleteAsync([stateKey], cancellationToken);
                return new TurnResult(outcome.Replies, StateDeleted: true);
            }

            var change = new Dictionary<string, StoreItem>(StringComparer.Ordinal)
            {
                [stateKey] = new StoreItem(StoredConversationSerializer.Serialize(stored.After(outcome.State, activityId, outcome.Replies)), item?.ETag),
            };
            try
            {
                await storage.WriteAsync(change, cancellationToken);
                return new TurnResult(outcome.Replies) { FollowUps = outcome.FollowUps };
            }
            catch (StorageConflictException) when (attempt < maxAttempts)
            {
                HostLog.TurnRetried(logger, stateKey, attempt + 1);
                metrics.Conflict();

                // Two instances that keep colliding on one conversation drift apart instead of in lockstep.
                var pause = TimeSpan.FromMilliseconds(Random.Shared.Next(1, 4 << Math.Min(attempt, 5)));
                await Task.Delay(pause, timeProvider, cancellationToken);
            }
        }
    }
}
