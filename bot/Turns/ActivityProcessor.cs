using Microsoft.Extensions.Options;
using RecoveryBot.Bot.Connector;
using RecoveryBot.Bot.Hosting;
using RecoveryBot.Bot.Protocol;
using RecoveryBot.Dialogs.Conversation;

namespace RecoveryBot.Bot.Turns;

/// <summary>
/// The adapter: decides what an inbound activity means, runs the turn, and delivers the replies either in
/// the HTTP response (<c>expectReplies</c>) or to the Connector. Replies are delivered only after the
/// state is saved, so a failed delivery never loses state. Logs ids, types and timings, never text.
/// </summary>
public sealed class ActivityProcessor(
    TurnRunner turnRunner,
    IRecoveryConversation conversation,
    ConnectorClient connector,
    IOptions<BotHostOptions> options,
    TimeProvider timeProvider,
    ILogger<ActivityProcessor> logger)
{
    public async Task<InboundResult> ProcessAsync(Activity activity, CancellationToken cancellationToken)
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

        var started = timeProvider.GetTimestamp();
        var conversationId = activity.Conversation!.Id!;
        LogIfTruncated(activity, conversationId);
        var outgoing = await RunTurnAsync(activity, input, conversationId, cancellationToken);

        if (repliesInResponse)
        {
            LogTurn(activity, conversationId, outgoing.Count, started);
            return new InboundResult(StatusCodes.Status200OK, new ExpectedReplies(outgoing));
        }

        await DeliverAsync(outgoing, conversationId, cancellationToken);
        LogTurn(activity, conversationId, outgoing.Count, started);
        return InboundResult.Ok;
    }

    private async Task<IReadOnlyList<Activity>> RunTurnAsync(Activity activity, TurnInput input, string conversationId, CancellationToken cancellationToken)
    {
        try
        {
            var replies = await turnRunner.RunAsync(ConversationStateKeys.For(activity.ChannelId, conversationId), input, cancellationToken);
            return [.. replies.Select(reply => ReplyActivityFactory.FromReply(activity, reply))];
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            HostLog.TurnFailed(logger, exception, activity.Type, conversationId);
            var replies = new List<Activity> { ReplyActivityFactory.FromReply(activity, conversation.Apologize(input)) };
            if (string.Equals(activity.ChannelId, Channels.Emulator, StringComparison.OrdinalIgnoreCase))
            {
                replies.Add(ReplyActivityFactory.ErrorTrace(activity, exception));
            }

            return replies;
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

    private void LogTurn(Activity activity, string conversationId, int replyCount, long started) =>
        HostLog.TurnCompleted(
            logger,
            activity.Type,
            conversationId,
            replyCount,
            timeProvider.GetElapsedTime(started).TotalMilliseconds);
}
