using Microsoft.Extensions.Options;
using RecoveryBot.Bot.Connector;
using RecoveryBot.Bot.FollowUps;
using RecoveryBot.Bot.Hosting;
using RecoveryBot.Bot.Operations;
using RecoveryBot.Bot.Protocol;
using RecoveryBot.Dialogs.Conversation;

namespace RecoveryBot.Bot.Turns;

/// <summary>
/// The adapter: decides what an inbound activity means, runs the turn, and delivers the replies either in
/// the HTTP response (<c>expectReplies</c>) or to the Connector. Replies are delivered only after the
/// state is saved, so a failed delivery never loses state. An activity that was answered before (a retry)
/// gets the stored replies again, in the response or to the Connector (the sender did not see the first
/// answer succeed). After the turn the conversation's follow-ups are scheduled, addressed to where this activity
/// came from (<paramref name="route"/> of <see cref="ProcessAsync"/>); a client that reads replies only from the
/// response (<c>expectReplies</c> on <c>/api/messages</c>) or has no usable <c>serviceUrl</c> cannot be written to
/// first and gets none. Logs ids, types and timings, never text; counts turns on <see cref="BotMetrics"/>.
/// </summary>
public sealed class ActivityProcessor(
    TurnRunner turnRunner,
    IRecoveryConversation conversation,
    ConnectorClient connector,
    FollowUpScheduler followUps,
    IOptions<BotHostOptions> options,
    TimeProvider timeProvider,
    BotMetrics metrics,
    TurnsInFlight turnsInFlight,
    ILogger<ActivityProcessor> logger)
{
    /// <param name="route">How this activity's channel can be written to first: its Connector, or the bot's own Direct Line.</param>
    public async Task<InboundResult> ProcessAsync(Activity activity, CancellationToken cancellationToken, FollowUpRoute route = FollowUpRoute.Connector)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (TurnInputMapper.Is(activity, ActivityTypes.Invoke))
        {
            HostLog.InvokeNotHandled(logger, activity.Name, activity.Conversation?.Id);
            return InboundResult.NotImplemented;
        }

        var repliesInResponse = string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.OrdinalIgnoreCase);
        var input = TurnInputMapper.Map(activity, options.Value.MaxTextLength);
        if (input is null)
        {
            HostLog.NoTurnNeeded(logger, activity.Type, activity.Conversation?.Id);
            return repliesInResponse ? new InboundResult(StatusCodes.Status200OK, new ExpectedReplies([])) : InboundResult.Ok;
        }

        using var inFlight = turnsInFlight.Enter();
        metrics.TurnStarted();
        try
        {
            var started = timeProvider.GetTimestamp();
            var conversationId = activity.Conversation!.Id!;
            LogIfTruncated(activity, conversationId);
            var stateKey = ConversationStateKeys.For(activity.ChannelId, conversationId);
            var address = FollowUpAddress(activity, route, repliesInResponse);
            var (outgoing, outcome, turn) = await RunTurnAsync(activity, input, stateKey, followUps.CanWriteTo(address), cancellationToken);
            if (turn is not null)
            {
                await followUps.AfterTurnAsync(stateKey, address, turn, CancellationToken.None);
            }

            if (!repliesInResponse)
            {
                await DeliverAsync(outgoing, conversationId, cancellationToken);
            }

            if (outcome == TurnOutcomes.Deleted)
            {
                HostLog.StateErased(logger, conversationId);
            }

            var elapsed = timeProvider.GetElapsedTime(started);
            HostLog.TurnCompleted(logger, activity.Type, conversationId, outgoing.Count, elapsed.TotalMilliseconds, outcome);
            metrics.TurnFinished(activity.ChannelId, outcome, elapsed);
            var erased = outcome == TurnOutcomes.Deleted;
            return repliesInResponse
                ? new InboundResult(StatusCodes.Status200OK, new ExpectedReplies(outgoing), erased)
                : new InboundResult(StatusCodes.Status200OK, StateErased: erased);
        }
        finally
        {
            metrics.TurnEnded();
        }
    }

    private static ConversationAddress? FollowUpAddress(Activity activity, FollowUpRoute route, bool repliesInResponse) =>
        route != FollowUpRoute.Connector || (!repliesInResponse && ConnectorUrls.IsUsable(activity.ServiceUrl))
            ? ConversationAddress.Of(activity, route)
            : null;

    /// <param name="followUpsPossible">Whether the bot can write first to this conversation; if not, the plan promises no follow-ups.</param>
    private async Task<(IReadOnlyList<Activity> Replies, string Outcome, TurnResult? Turn)> RunTurnAsync(Activity activity, TurnInput input, string stateKey, bool followUpsPossible, CancellationToken cancellationToken)
    {
        var conversationId = activity.Conversation!.Id!;
        try
        {
            var result = await turnRunner.RunAsync(stateKey, input, activity.Id, cancellationToken);
            var outcome = result.Replayed ? TurnOutcomes.Replayed : result.StateDeleted ? TurnOutcomes.Deleted : TurnOutcomes.Completed;
            var replies = followUpsPossible ? result.Replies : [.. result.Replies.Select(FollowUpScheduler.WithoutFollowUps)];
            return ([.. replies.Select(reply => ReplyActivityFactory.FromReply(activity, reply))], outcome, result);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            HostLog.TurnFailed(logger, exception, activity.Type, conversationId);
            metrics.Error("turn");
            var replies = new List<Activity> { ReplyActivityFactory.FromReply(activity, conversation.Apologize(input)) };
            if (string.Equals(activity.ChannelId, Channels.Emulator, StringComparison.OrdinalIgnoreCase))
            {
                replies.Add(ReplyActivityFactory.ErrorTrace(activity, exception));
            }

            return (replies, TurnOutcomes.Failed, null);
        }
    }

    private async Task DeliverAsync(IReadOnlyList<Activity> outgoing, string conversationId, CancellationToken cancellationToken)
    {
        for (var index = 0; index < outgoing.Count; index++)
        {
            try
            {
                await connector.SendAsync(outgoing[index], cancellationToken);
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                // Later replies would read out of order without this one; the state is already saved.
                metrics.Error("delivery");
                HostLog.DeliveryFailed(
                    logger,
                    index + 1,
                    outgoing.Count,
                    conversationId,
                    exception is HttpRequestException { StatusCode: { } status } ? $"HTTP {(int)status}" : exception.GetType().Name);
                return;
            }
        }
    }

    private void LogIfTruncated(Activity activity, string conversationId)
    {
        var length = TurnInputMapper.MessageText(activity)?.Length ?? 0;
        if (TurnInputMapper.Is(activity, ActivityTypes.Message) && length > options.Value.MaxTextLength)
        {
            HostLog.TextTruncated(logger, conversationId, length, options.Value.MaxTextLength);
        }
    }
}
