using Microsoft.Extensions.Options;
using RecoveryBot.Bot.Hosting;
using RecoveryBot.Bot.Storage;
using RecoveryBot.Dialogs.Conversation;

namespace RecoveryBot.Bot.Turns;

/// <summary>
/// Runs one turn of one conversation: load its state with the eTag, run the conversation, save with
/// compare-and-swap, and only then hand back the replies. A lost save (another writer got there first,
/// e.g. a second bot instance) re-runs the turn on fresh state, a bounded number of times. Turns of one
/// conversation in this process are serialised.
/// </summary>
public sealed class TurnRunner(
    IStorage storage,
    IRecoveryConversation conversation,
    KeyedAsyncLock conversationLocks,
    IOptions<BotHostOptions> options,
    ILogger<TurnRunner> logger)
{
    /// <exception cref="StorageConflictException">Every attempt lost its save.</exception>
    public async Task<IReadOnlyList<BotReply>> RunAsync(string stateKey, TurnInput input, CancellationToken cancellationToken)
    {
        using var conversationLock = await conversationLocks.AcquireAsync(stateKey, cancellationToken);
        var maxAttempts = Math.Max(1, options.Value.MaxTurnAttempts);
        for (var attempt = 1; ; attempt++)
        {
            var stored = await storage.ReadAsync([stateKey], cancellationToken);
            stored.TryGetValue(stateKey, out var item);
            var outcome = conversation.RunTurn(ConversationStateSerializer.Deserialize(item?.Value), input);
            var change = new Dictionary<string, StoreItem>(StringComparer.Ordinal)
            {
                [stateKey] = new StoreItem(ConversationStateSerializer.Serialize(outcome.State), item?.ETag),
            };
            try
            {
                await storage.WriteAsync(change, cancellationToken);
                return outcome.Replies;
            }
            catch (StorageConflictException) when (attempt < maxAttempts)
            {
                HostLog.TurnRetried(logger, stateKey, attempt + 1);
            }
        }
    }
}
