using RecoveryBot.Bot.Connector;
using RecoveryBot.Bot.Protocol;

namespace RecoveryBot.Bot.Turns;

/// <summary>The minimum an inbound activity must carry for the host to act on it.</summary>
public static class ActivityValidator
{
    /// <summary>Why the activity cannot be processed, or <see langword="null"/> when it can.</summary>
    public static string? Problem(Activity? activity)
    {
        if (activity is null)
        {
            return "The body must be a JSON object (an activity).";
        }

        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return "The activity has no 'type'.";
        }

        if (!TurnInputMapper.Is(activity, ActivityTypes.Message) && !TurnInputMapper.Is(activity, ActivityTypes.ConversationUpdate))
        {
            return null;
        }

        if (string.IsNullOrEmpty(activity.Conversation?.Id))
        {
            return "The activity has no 'conversation.id'.";
        }

        var repliesInResponse = string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.OrdinalIgnoreCase);
        return repliesInResponse || ConnectorUrls.IsUsable(activity.ServiceUrl)
            ? null
            : "The activity has no usable 'serviceUrl' (an absolute http or https URL) to reply to.";
    }
}
