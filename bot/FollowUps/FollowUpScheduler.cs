using Microsoft.Extensions.Options;
using RecoveryBot.Bot.Turns;
using RecoveryBot.Dialogs.Conversation;

namespace RecoveryBot.Bot.FollowUps;

/// <summary>
/// After every turn, makes the store hold exactly the follow-ups the conversation wants (a finished or restarted
/// plan, or "stop reminders", wants none), addressed to where the user last wrote from; after "delete my data",
/// none at all. A store that fails does not fail the turn: the state is saved, and the next turn schedules again.
/// </summary>
public sealed class FollowUpScheduler(IFollowUpStore store, IOptions<FollowUpOptions> options, ILogger<FollowUpScheduler> logger)
{
    /// <summary>Whether follow-ups can reach a conversation at <paramref name="address"/> (they are on, and it has one).</summary>
    public bool CanWriteTo(ConversationAddress? address) => options.Value.Enabled && address is not null;

    /// <summary>The reply without a promise of follow-ups, for a conversation the bot cannot write to first.</summary>
    public static BotReply WithoutFollowUps(BotReply reply) =>
        reply is { Plan: { FollowUps.Count: > 0 } plan } ? reply with { Plan = plan with { FollowUps = [] } } : reply;

    /// <param name="address">Where the conversation can be written to; <see langword="null"/>: nowhere (follow-ups are not scheduled).</param>
    public async Task AfterTurnAsync(string stateKey, ConversationAddress? address, TurnResult turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!options.Value.Enabled || turn.Replayed || (address is null && !turn.StateDeleted))
        {
            return;
        }

        try
        {
            if (turn.StateDeleted || address is null)
            {
                await store.CancelAsync(stateKey, cancellationToken);
                return;
            }

            await store.ReplaceAsync(stateKey, [.. turn.FollowUps.Select(planned => FollowUp.Plan(stateKey, planned, address))], cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            FollowUpLog.ScheduleFailed(logger, exception, stateKey);
        }
    }
}
