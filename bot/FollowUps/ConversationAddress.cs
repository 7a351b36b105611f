using RecoveryBot.Bot.Protocol;

namespace RecoveryBot.Bot.FollowUps;

/// <summary>
/// Where the bot can write first: the saved conversation reference of the last activity the user sent
/// (channel, conversation, serviceUrl, the bot's and the user's accounts) and the route to take.
/// </summary>
public sealed record ConversationAddress(
    FollowUpRoute Route,
    string ChannelId,
    string ConversationId,
    string? ServiceUrl,
    ChannelAccount Bot,
    ChannelAccount User)
{
    /// <summary>The address of <paramref name="inbound"/>'s conversation, or <see langword="null"/> when it lacks ids.</summary>
    public static ConversationAddress? Of(Activity inbound, FollowUpRoute route)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        if (inbound.ChannelId is not { Length: > 0 } channelId || inbound.Conversation?.Id is not { Length: > 0 } conversationId)
        {
            return null;
        }

        return new ConversationAddress(
            route,
            channelId,
            conversationId,
            inbound.ServiceUrl,
            inbound.Recipient ?? new ChannelAccount { Id = "bot" },
            inbound.From ?? new ChannelAccount());
    }

    /// <summary>An activity as the user would have sent it, so replies can be built the usual way.</summary>
    public Activity AsInbound() => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Conversation = new ConversationAccount { Id = ConversationId },
        From = User,
        Recipient = Bot,
    };
}
