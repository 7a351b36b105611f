using System.Text.Json;
using Microsoft.Extensions.Options;
using RecoveryBot.Bot.Operations;
using RecoveryBot.Bot.Protocol;
using RecoveryBot.Bot.Turns;
using RecoveryBot.Dialogs.Conversation;

namespace RecoveryBot.Bot.FollowUps;

/// <summary>
/// Sends one claimed follow-up. The conversation decides what to say in a turn of its own (kind
/// <see cref="InputKind.FollowUp"/>, the follow-up's id as the activity id): the replies are saved with the state
/// before anything is sent, so an attempt after a crash replays the same message with the same activity ids
/// instead of running the turn again. Nothing to say (the plan moved on, follow-ups turned off, the conversation
/// erased) drops it. Then the channel: delivered → done, and the conversation's next follow-ups scheduled; gone
/// (4xx) → every follow-up of the conversation dropped; failed → tried again after a pause that doubles, until
/// <see cref="FollowUpOptions.MaxAttempts"/>.
/// </summary>
public sealed class FollowUpSender(
    TurnRunner turnRunner,
    IFollowUpStore store,
    IEnumerable<IFollowUpChannel> channels,
    FollowUpScheduler scheduler,
    IOptions<FollowUpOptions> options,
    TimeProvider timeProvider,
    BotMetrics metrics,
    ILogger<FollowUpSender> logger)
{
    private readonly Dictionary<FollowUpRoute, IFollowUpChannel> _channels = channels.ToDictionary(c => c.Route);

    public async Task<string> SendAsync(FollowUp followUp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(followUp);
        var outcome = await SendOnceAsync(followUp, cancellationToken);
        metrics.FollowUp(outcome);
        FollowUpLog.Handled(logger, followUp.StepId, followUp.Address.ConversationId, followUp.Attempts, outcome);
        return outcome;
    }

    private async Task<string> SendOnceAsync(FollowUp followUp, CancellationToken cancellationToken)
    {
        if (followUp.Attempts > options.Value.MaxAttempts)
        {
            await store.CompleteAsync(followUp, cancellationToken);
            return FollowUpOutcomes.GaveUp;
        }

        TurnResult turn;
        try
        {
            var input = new TurnInput(InputKind.FollowUp, null) { FollowUpStepId = followUp.StepId };
            turn = await turnRunner.RunAsync(followUp.StateKey, input, followUp.Id, cancellationToken, onlyExisting: true);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            FollowUpLog.TurnFailed(logger, exception, followUp.Address.ConversationId);
            return await RetryOrGiveUpAsync(followUp, cancellationToken);
        }

        if (turn.Replies.Count == 0)
        {
            await store.CompleteAsync(followUp, cancellationToken);
            return FollowUpOutcomes.Stale;
        }

        var delivery = _channels.TryGetValue(followUp.Address.Route, out var channel)
            ? await DeliverAsync(channel, followUp, Activities(followUp, turn.Replies), cancellationToken)
            : DeliveryResult.Gone;
        switch (delivery)
        {
            case DeliveryResult.Delivered:
                await store.CompleteAsync(followUp, cancellationToken);
                await scheduler.AfterTurnAsync(followUp.StateKey, followUp.Address, turn, cancellationToken);
                return FollowUpOutcomes.Sent;
            case DeliveryResult.Gone:
                await store.CancelAsync(followUp.StateKey, cancellationToken);
                return FollowUpOutcomes.Gone;
            default:
                return await RetryOrGiveUpAsync(followUp, cancellationToken);
        }
    }

    private static async Task<DeliveryResult> DeliverAsync(IFollowUpChannel channel, FollowUp followUp, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        try
        {
            return await channel.DeliverAsync(followUp, activities, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A store or network failure we did not foresee: the next attempt may fare better.
            return DeliveryResult.Failed;
        }
    }

    private async Task<string> RetryOrGiveUpAsync(FollowUp followUp, CancellationToken cancellationToken)
    {
        if (followUp.Attempts >= options.Value.MaxAttempts)
        {
            await store.CompleteAsync(followUp, cancellationToken);
            return FollowUpOutcomes.GaveUp;
        }

        var at = timeProvider.GetUtcNow() + options.Value.RetryDelay(followUp.Attempts);
        await store.RetryAtAsync(followUp, at, cancellationToken);
        FollowUpLog.WillRetry(logger, followUp.StepId, followUp.Address.ConversationId, followUp.Attempts, at);
        return FollowUpOutcomes.Retried;
    }

    /// <summary>The replies as proactive messages: not threaded to any user activity, with ids stable across attempts.</summary>
    private static List<Activity> Activities(FollowUp followUp, IReadOnlyList<BotReply> replies)
    {
        var inbound = followUp.Address.AsInbound();
        return [.. replies.Select((reply, index) => ReplyActivityFactory.FromReply(inbound, reply) with
        {
            Id = followUp.ActivityId(index),
            ReplyToId = null,
            ChannelData = JsonSerializer.SerializeToElement(
                new ReplyChannelData(reply.Expecting, reply.Plan) { FollowUp = new FollowUpNotice(followUp.ActivityId(index), followUp.StepId, followUp.Due) },
                ProtocolJson.Options),
        })];
    }
}
